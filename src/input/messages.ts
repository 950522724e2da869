import type { Message } from '../model/message.js'
import type { LineIndex } from './line-index.js'

/** Collects warnings about one input, each with its place in the source. */
export class MessageCollector {
  readonly messages: Message[] = []
  constructor(private readonly lines: LineIndex) {}

  warn(
    ruleId: string,
    reason: string,
    start: number,
    end: number,
    extra: Pick<Message, 'actual' | 'expected'> = {},
  ): void {
    this.add('warning', ruleId, reason, start, end, extra)
  }

  info(ruleId: string, reason: string, start: number, end: number): void {
    this.add('info', ruleId, reason, start, end, {})
  }

  private add(
    severity: Message['severity'],
    ruleId: string,
    reason: string,
    start: number,
    end: number,
    extra: Pick<Message, 'actual' | 'expected'>,
  ): void {
    const point = this.lines.point(start)
    const message: Message = {
      ruleId,
      source: 'communique',
      severity,
      reason,
      start,
      end,
      line: point.line,
      column: point.column,
    }
    if (extra.actual !== undefined) message.actual = extra.actual
    if (extra.expected !== undefined) message.expected = extra.expected
    this.messages.push(message)
  }

  sorted(): Message[] {
    return [...this.messages].sort((a, b) => a.start - b.start || a.end - b.end)
  }
}
