import type { PullEvent } from "../../server/inference/models/pull";

const BAR_WIDTH = 24;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Pull progress: a redrawn bar on a TTY, plain lines (start, every 25 %, done) otherwise. */
export function pullReporter(out: NodeJS.WriteStream = process.stdout): (event: PullEvent) => void {
  const tty = out.isTTY === true;
  let lastQuarter = -1;
  let lastDraw = 0;
  const clear = () => tty && out.write("\r\x1b[2K");
  return (event) => {
    switch (event.type) {
      case "model":
        out.write(`${event.spec.task}: ${event.spec.id}@${event.spec.revision}\n`);
        break;
      case "skip":
        out.write(`  ✓ ${event.path} (${event.reason})\n`);
        break;
      case "start":
        lastQuarter = -1;
        if (!tty) out.write(`  ↓ ${event.path} from ${event.source}${event.size ? ` (${formatBytes(event.size)})` : ""}\n`);
        break;
      case "progress": {
        const fraction = event.size ? Math.min(1, event.received / event.size) : null;
        if (tty) {
          const now = Date.now();
          if (now - lastDraw < 100) break;
          lastDraw = now;
          const filled = fraction === null ? 0 : Math.round(fraction * BAR_WIDTH);
          const bar = fraction === null ? "?".repeat(BAR_WIDTH) : "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
          const pct = fraction === null ? "" : ` ${Math.floor(fraction * 100)}%`;
          clear();
          out.write(`  [${bar}]${pct} ${event.path} ${formatBytes(event.received)}${event.size ? `/${formatBytes(event.size)}` : ""}`);
        } else if (fraction !== null) {
          const quarter = Math.floor(fraction * 4);
          if (quarter > lastQuarter && quarter < 4) {
            lastQuarter = quarter;
            if (quarter > 0) out.write(`    ${event.path}: ${quarter * 25}%\n`);
          }
        }
        break;
      }
      case "done":
        clear();
        out.write(`  ✓ ${event.path} ${formatBytes(event.bytes)} from ${event.source}, sha256 ${event.sha256.slice(0, 12)}…${event.verified ? " verified" : " recorded in lock"}\n`);
        break;
      case "rejected":
        clear();
        out.write(`  ✗ ${event.path} from ${event.source}: ${event.reason}\n`);
        break;
    }
  };
}
