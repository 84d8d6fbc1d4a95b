// What the admin walks share to move through a page with the keyboard only:
// Tab until the focused element is the one wanted (observed, never clicked),
// and the tests of what has the focus.
//
//   await tabTo(page, focusedLink, 'Data');   // true once the link has the focus

// Presses Tab until the focused element satisfies `is(arg)`; false after `limit` presses.
export async function tabTo(page, is, arg, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is, arg)) return true;
  }
  return false;
}

export const focusedLink = (text) =>
  document.activeElement?.tagName === 'A' && document.activeElement.textContent.trim() === text;
export const focusedButton = (text) =>
  document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === text;
