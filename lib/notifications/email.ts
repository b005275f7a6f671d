import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Inline images referenced from `html` as `cid:<cid>`. */
  attachments?: { filename: string; content: Buffer; cid: string; contentType: string }[];
};
export type Mailer = { send(message: OutgoingEmail): Promise<void>; describe: string };

const FROM = process.env.MAIL_FROM ?? "Aisle <orders@aisle.example>";

/**
 * SMTP through nodemailer when SMTP_URL is set (e.g. smtp://user:pass@mail.example:587);
 * otherwise the demo transport: nodemailer's JSON transport, each message written to
 * MAIL_DIR (default .data/mail) as a .json file and summarised in the log.
 */
export function createMailer(env: NodeJS.ProcessEnv = process.env): Mailer {
  if (env.SMTP_URL) {
    const transport: Transporter = nodemailer.createTransport(env.SMTP_URL);
    return {
      describe: `SMTP ${new URL(env.SMTP_URL).host}`,
      async send(message) {
        await transport.sendMail({ from: FROM, ...message });
      },
    };
  }
  const dir = env.MAIL_DIR ?? path.join(process.cwd(), ".data", "mail");
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    describe: `files in ${dir}`,
    async send(message) {
      const info = await transport.sendMail({ from: FROM, ...message });
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.json`);
      await fs.writeFile(file, String(info.message));
      if (env.NODE_ENV !== "test") console.log(`[mail] to ${message.to}: ${message.subject}`);
    },
  };
}
