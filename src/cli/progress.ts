// A progress bar on standard error for corpus runs: files, MB, rate, ETA, redrawn at most
// ten times a second on one line. Drawn only on a terminal and without --quiet.
import type { Streams } from './context.js'

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

export class Progress {
  private files = 0
  private bytes = 0
  private drawn = 0
  private readonly started = Date.now()

  constructor(
    private readonly stream: Streams['stderr'],
    private readonly totalFiles: number,
    private readonly totalBytes: number,
  ) {}

  /** One more file done, of `bytes` bytes. */
  tick(bytes: number): void {
    this.files++
    this.bytes += bytes
    const now = Date.now()
    if (now - this.drawn >= 100 || this.files === this.totalFiles) {
      this.drawn = now
      this.stream.write(`\r${this.line(now)}\u001b[K`)
    }
  }

  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001)
    const share =
      this.totalBytes > 0 ? this.bytes / this.totalBytes : this.files / Math.max(this.totalFiles, 1)
    const width = 20
    const full = Math.min(width, Math.round(share * width))
    const rate = this.bytes / seconds
    const eta = rate > 0 ? (this.totalBytes - this.bytes) / rate : Number.POSITIVE_INFINITY
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${this.files}/${this.totalFiles} files  ${mb(this.bytes)}/${mb(this.totalBytes)} MB  ${mb(rate)} MB/s  ETA ${clock(eta)}`
  }

  /** Clear the bar's line. */
  end(): void {
    this.stream.write('\r\u001b[K')
  }
}
