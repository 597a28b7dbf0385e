/**
 * A video page opened at `#t=<seconds>` (an answer quoting what is said there) starts the
 * video at that moment, as a media fragment would; nothing plays until the citizen presses play.
 */
function seekToFragment(): void {
  const match = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash)
  const video = document.querySelector<HTMLVideoElement>('video[data-done-video]')
  if (!match || !video) return
  const seconds = Number(match[1])
  const seek = () => {
    video.currentTime = seconds
  }
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) seek()
  else video.addEventListener('loadedmetadata', seek, { once: true })
  video.scrollIntoView({ block: 'start' })
}

seekToFragment()
addEventListener('hashchange', seekToFragment)
