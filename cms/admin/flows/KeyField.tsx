'use client'
import { TextField, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useFlowTexts } from './messages.ts'
import { setShowKeys, useShowKeys } from './showKeys.ts'
import { styles } from './styles.ts'

/**
 * A question's, option's or step's key: made from the title, so hidden unless the editor
 * turns on "Vis nøgler (avanceret)". A fault in a hidden key is still shown, with a way in.
 */
export const KeyField: TextFieldClientComponent = (props) => {
  const shown = useShowKeys()
  const t = useFlowTexts()
  const { showError, errorMessage } = useField<string>({ potentiallyStalePath: props.path })
  if (shown) return <TextField {...props} />
  if (!showError || !errorMessage) return null
  return (
    <div style={{ ...styles.warning, ...styles.row }} data-jf-key-error>
      <span>
        {t.keyHidden} {errorMessage}
      </span>
      <button
        type="button"
        style={styles.button}
        onClick={() => {
          setShowKeys(true)
        }}
      >
        {t.showKeys}
      </button>
    </div>
  )
}
