// A real SMTP server for the e-mail tests (tests/common/smtp.rs): smtp-server from npm on
// 127.0.0.1:PORT; every message it accepts is parsed (mailparser) and written to DIR as JSON.
// Usage: node smtp-sink.mjs PORT DIR
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const [port, dir] = process.argv.slice(2);
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((m) => {
        count += 1;
        const name = `${String(Date.now()).padStart(15, '0')}-${String(count).padStart(6, '0')}.json`;
        const message = {
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          from: m.from?.text,
          to: m.to?.text,
          subject: m.subject,
          messageId: m.messageId,
          text: m.text,
          html: m.html || '',
        };
        // Written whole, then renamed: a reader never sees half a message.
        writeFileSync(join(dir, name + '.tmp'), JSON.stringify(message));
        renameSync(join(dir, name + '.tmp'), join(dir, name));
        callback();
      })
      .catch(callback);
  },
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
