'use client'
import { useAllFormFields, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useId, useMemo, useRef } from 'react'
import { keyUpdates, savedRowIds } from './keyAutofill.ts'
import { useFlowTexts } from './messages.ts'
import { setShowKeys, useShowKeys } from './showKeys.ts'
import { styles } from './styles.ts'

/**
 * The flow's "Vis nøgler (avanceret)" toggle. While the editor types, it also gives new
 * questions, options and steps keys made from their titles (see `keyUpdates`).
 */
export const FlowKeysField = () => {
  const t = useFlowTexts()
  const shown = useShowKeys()
  const id = useId()
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const { data: savedData } = useDocumentInfo()
  const saved = useMemo(() => savedRowIds(savedData), [savedData])
  const auto = useRef(new Map<string, string>())
  useEffect(() => {
    const updates = keyUpdates(fields, auto.current, saved)
    for (const update of updates)
      dispatchFields({ type: 'UPDATE', path: update.path, value: update.value })
    if (updates.length > 0) setModified(true)
  }, [fields, dispatchFields, setModified, saved])
  useEffect(
    () => () => {
      setShowKeys(false)
    },
    [],
  )
  return (
    <div data-jf-keys style={{ margin: '8px 0 16px' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <input
          type="checkbox"
          style={styles.check}
          id={id}
          checked={shown}
          onChange={(event) => {
            setShowKeys(event.target.checked)
          }}
          aria-describedby={`${id}-help`}
        />
        <label htmlFor={id}>{t.keysToggle}</label>
      </div>
      <p id={`${id}-help`} style={{ ...styles.muted, margin: '4px 0 0' }}>
        {t.keysHelp}
      </p>
    </div>
  )
}
