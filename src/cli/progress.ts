/** A one-line progress bar on a terminal; silent when stderr is not a TTY. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly label = 'ingest',
  ) {}

  tick(status: string): void {
    this.done++;
    const now = Date.now();
    if (!this.stream.isTTY || now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? (this.done / secs).toFixed(1) : '-';
    const width = Math.max(10, (this.stream.columns ?? 80) - 50);
    const spin = '|/-\\'[this.done % 4];
    const line = `${spin} ${this.label} ${this.done} docs ${rate}/s ${status}`.slice(0, width + 40);
    this.stream.write(`\r\x1b[2K${line}`);
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
  }
}
