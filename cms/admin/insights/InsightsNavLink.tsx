import Link from 'next/link'

/** The "Indsigt" link in the admin's navigation. */
export function InsightsNavLink() {
  return (
    <Link
      href="/admin/indsigt"
      className="nav__link"
      style={{ display: 'block', padding: '4px 0' }}
    >
      Indsigt / Insights
    </Link>
  )
}
