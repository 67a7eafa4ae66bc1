import { appWords } from './app-words';
import { type EmailDef, type EmailId, emails, type InboxRow } from './emails';
import { FakeLink } from './MessageParts';
import type { Highlight, Say } from './say';
import './email.css';

/**
 * The parts of the practice mail app: its top bar, its folders, an inbox and one opened email.
 * Like every practice screen, nothing here can send, reply or forward: the mail app has no such
 * buttons, and each row is a plain button that only reports which one was tapped.
 */

const mail = (id: EmailId): EmailDef => emails[id];

/** The mail app's top bar: its name, and no account, search or "write" button. */
export function EmailTop({ say }: { say: Say }) {
  return (
    <header class="pr-mail-top">
      <span class="pr-mail-logo" aria-hidden="true" />
      <span class="pr-mail-name">{say('common.mail-app-name')}</span>
    </header>
  );
}

/** The folders: Inbox with its count of unread emails, Sent, Drafts, Junk, Bin. */
export function Mailboxes({
  screen,
  items,
  say,
  hl,
}: {
  screen: string;
  items: readonly { id: string; unread?: number }[];
  say: Say;
  hl: Highlight;
}) {
  return (
    <ul class="pr-mail-list">
      {items.map(({ id, unread }) => (
        <li key={id}>
          <button type="button" class={`pr-mailbox${hl(id)}`} data-target={id}>
            <span class={`pr-folder pr-folder-${id}`} aria-hidden="true" />
            <span class="pr-mailbox-name">{say(`screens.${screen}.${id}`)}</span>
            {/* The count is seen beside the name; it is left out of the name a screen reader gives. */}
            {unread ? (
              <span class="pr-mail-count" aria-hidden="true">
                {unread}
              </span>
            ) : null}
            <span class="pr-chevron" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** An inbox, newest first: sender, time, subject and the first words; unread emails in bold. */
export function Inbox({ rows, say, hl }: { rows: readonly InboxRow[]; say: Say; hl: Highlight }) {
  return (
    <ul class="pr-mail-list pr-inbox">
      {rows.map((row) => {
        const { sender, time } = mail(row.id);
        return (
          <li key={row.id}>
            <button
              type="button"
              class={`pr-inbox-row${row.unread ? ' pr-unread' : ''}${hl(row.id)}`}
              data-target={row.id}
            >
              <span class="pr-avatar" aria-hidden="true">
                {sender.slice(0, 1)}
              </span>
              <span class="pr-row-words">
                <span class="pr-row-top">
                  <span class="pr-sender">{sender}</span>
                  <span class="pr-time">{time}</span>
                </span>
                <span class="pr-subject">{say(`emails.${row.id}.subject`)}</span>
                {/* The first words, in the email's own English only: one line, as a mail app shows. */}
                <span class="pr-preview">{appWords(true, 'en', `emails.${row.id}.preview`).real}</span>
              </span>
              {/* Bold and a dot for the eye; the word for a screen reader, in the app's English and the learner's. */}
              {row.unread && (
                <>
                  <span class="pr-unread-dot" aria-hidden="true" />
                  <span class="visually-hidden">{say('common.unread')}</span>
                </>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One email, opened: its subject as the heading, who sent it and when, its words and its code.
 * The sender's address, when shown, is a button that only marks it, as a learner checks it.
 */
export function OpenEmail({ id, say, hl }: { id: EmailId; say: Say; hl: Highlight }) {
  const { sender, time, code, address, link } = mail(id) as EmailDef;
  return (
    <div class="pr-email">
      <h2 class="pr-title pr-email-subject">{say(`emails.${id}.subject`)}</h2>
      <p class="pr-email-from">
        <span class="pr-avatar" aria-hidden="true">
          {sender.slice(0, 1)}
        </span>
        <span class="pr-sender">{sender}</span>
        <span class="pr-time">{time}</span>
      </p>
      {address && (
        <p class="pr-email-address">
          <button type="button" class={`pr-address${hl('sender')}`} data-target="sender">
            {address}
          </button>
        </p>
      )}
      <div class="pr-email-body">
        <p>{say(`emails.${id}.body`)}</p>
        {link && <FakeLink link={link} />}
        {code && (
          <>
            <button type="button" class={`pr-code${hl('code')}`} data-target="code">
              {code}
            </button>
            <p>{say(`emails.${id}.after`)}</p>
          </>
        )}
      </div>
    </div>
  );
}
