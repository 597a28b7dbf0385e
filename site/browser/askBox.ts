/**
 * Every question box on a page: sends the citizen to the "Spørg" page with the question in
 * the URL fragment (`#q=`), so it never travels to a server and the back button returns to it.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-ask-form]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const question = form.querySelector<HTMLInputElement>('[data-ask-input]')?.value.trim() ?? ''
    const target = new URL(form.action)
    target.search = ''
    target.hash = question ? `q=${encodeURIComponent(question)}` : ''
    location.assign(target)
  })
}
