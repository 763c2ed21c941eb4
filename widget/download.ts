// Files made in the browser (a letter, a calendar reminder) saved with a Blob and an object URL: nothing is sent.

/** Saves `text` as a file called `name`. `near` is an element in the widget, where the temporary link goes. */
export function downloadFile(near: Element, name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  near.after(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
