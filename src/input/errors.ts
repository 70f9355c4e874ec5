/** An input the tool cannot turn into a record: reported as `PATH: message`, exit code 1. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code:
      | "empty"
      | "binary"
      | "pdf"
      | "too-large"
      | "unreadable"
      | "decode"
      | "not-found"
      | "is-directory"
      | "permission",
  ) {
    super(message);
    this.name = "InputError";
  }
}
