'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  ErrorPill,
  FieldDescription,
  FieldLabel,
  RenderFields,
  fieldBaseClass,
  useField,
  useFormSubmitted,
  useTranslation,
} from '@payloadcms/ui'
import type { GroupFieldClientComponent } from 'payload'

const baseClass = 'group-field'

/**
 * A named group field whose fields are rendered with the rest of the edit view, not later.
 *
 * Payload's own group (3.90) wraps its fields in `RenderIfInViewport` and, unlike arrays and
 * tabs, does not pass on the edit view's `forceRender`: its fields only appear once the group
 * comes within 1000 px of the viewport. The flow's alternative flow sits under the path map,
 * far down the page, so until the editor scrolls there the group shows its heading and nothing
 * else: search in the page, a screen reader's browse mode and full-page checks find no rule,
 * no flow and no message. Same markup and class names as Payload's group, so it looks the same.
 */
export const EagerGroupField: GroupFieldClientComponent = ({
  field,
  path,
  permissions,
  readOnly,
  schemaPath,
}) => {
  const { i18n } = useTranslation()
  const { errorPaths } = useField({ potentiallyStalePath: path })
  const submitted = useFormSubmitted()
  const errorCount = errorPaths?.length ?? 0
  const hasErrors = submitted && errorCount > 0
  const label = getTranslation(field.label || ('name' in field ? field.name : ''), i18n)
  return (
    <div
      className={[
        fieldBaseClass,
        baseClass,
        `${baseClass}--top-level`,
        hasErrors && `${baseClass}--has-error`,
        field.admin?.className,
      ]
        .filter(Boolean)
        .join(' ')}
      id={`field-${path.replace(/\./g, '__')}`}
    >
      <div className={`${baseClass}__wrap`}>
        <div className={`${baseClass}__header`}>
          <header>
            <h3 className={`${baseClass}__title`}>
              <FieldLabel as="span" label={label} localized={false} path={path} required={false} />
            </h3>
            <FieldDescription description={field.admin?.description} path={path} />
          </header>
          {hasErrors && <ErrorPill count={errorCount} i18n={i18n} withMessage />}
        </div>
        <RenderFields
          fields={field.fields}
          forceRender
          margins="small"
          parentIndexPath=""
          parentPath={path}
          parentSchemaPath={schemaPath ?? path}
          // As Payload's group: fields the user may not read stay hidden.
          permissions={permissions === true ? true : (permissions?.fields ?? {})}
          readOnly={readOnly}
        />
      </div>
    </div>
  )
}
