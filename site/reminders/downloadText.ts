/**
 * Saves text as a file on the device: a Blob behind a temporary download link, clicked and
 * removed. Nothing is sent; the object URL is released once the browser has taken the file.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 30_000)
}
