/** Saves text as a file through the browser (the page runs in the Wix dashboard's frame). */
export function downloadFile(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark lets spreadsheets read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
