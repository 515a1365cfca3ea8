/**
 * Copies with the Clipboard API; where that is refused (the desktop app denies clipboard permissions, and
 * a browser may too) it selects the text instead, so Ctrl+C or ⌘C copies it.
 */
export async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (element) {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}
