import { connect } from "node:net";

export interface RawResponse {
  /** The status line's code, or null when the server closed without answering. */
  readonly status: number | null;
  readonly text: string;
  /** The server closed the connection. */
  readonly closed: boolean;
}

/**
 * Sends `head` (request line and headers, as bytes a client chose: malformed ones too)
 * and optionally the start of a body, then waits for the answer without sending more.
 * Shows what the server does before a body has arrived, which fetch cannot.
 */
export function rawRequest(base: string, head: string, options: { bodyStart?: Buffer; waitMs?: number } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = "";
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text, closed });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 3000);
    socket.on("connect", () => {
      socket.write(head);
      if (options.bodyStart) socket.write(options.bodyStart);
    });
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      // Answered: one complete response is all any of these requests gets.
      const end = text.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(text);
      if (end !== -1 && length && text.length >= end + 4 + Number(length[1])) finish(false);
    });
    socket.on("end", () => finish(true));
    socket.on("error", (error) => (text ? finish(true) : reject(error)));
  });
}
