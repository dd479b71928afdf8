/** A page of the UI: built once when the user arrives, updated as the URL changes. */
export interface View {
  el: HTMLElement;
  update(p: URLSearchParams): void;
}
