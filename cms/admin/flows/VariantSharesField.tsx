'use client'
import { useFormFields } from '@payloadcms/ui'
import { fill, useFlowTexts } from './messages.ts'
import { styles } from './styles.ts'

/** The variants' shares added up, live, under the variants; they must make 100. */
export const VariantSharesField = () => {
  const t = useFlowTexts()
  const shares = useFormFields(([fields]) => {
    const values: number[] = []
    for (const [path, state] of Object.entries(fields))
      if (/^variants\.\d+\.share$/.test(path)) values.push(Number(state.value) || 0)
    return values.join(',')
  })
  if (shares === '') return null
  const sum =
    Math.round(shares.split(',').reduce((total, share) => total + Number(share), 0) * 100) / 100
  const ok = sum === 100
  return (
    <p data-jf-variant-shares role="status" style={ok ? { margin: '0 0 16px' } : styles.warning}>
      {fill(t.sharesSum, { sum })} {ok ? t.sharesOk : t.sharesNot100}
    </p>
  )
}
