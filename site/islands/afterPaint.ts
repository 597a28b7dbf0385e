/**
 * Runs `work` once the browser has painted the current frame (the next animation frame, then a
 * task of its own), and returns a cancel function. After an answer React commits the next
 * screen and runs its effects in the same task as the click; work that forces layout (moving
 * focus) or is not needed on screen (planning for the progress events) then waits until the
 * screen has painted, so no answer makes a long task.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
  }
}
