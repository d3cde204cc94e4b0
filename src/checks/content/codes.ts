import type { CodeTable } from '../../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const contentCodes = {
  /** The text presents itself as an Amazon order, payment, account or security mail; the sender is not Amazon. */
  'content.amazon-lure': 'medium',
  /** Such a mail asks the reader to call a phone number (callback phishing, "TOAD"). */
  'content.callback-number': 'high',
  /**
   * The sender name or subject writes Amazon in a disguise no genuine sender uses (Cyrillic or Greek letters,
   * zero-width or combining characters, junk inside the word, small capitals, styled letters, blank characters,
   * 亜馬遜 or あまぞん), in mail not authenticated as Amazon: it exists only to get past filters.
   */
  'content.disguised-brand': 'high',
  /**
   * Authenticated as another sender, the subject makes Amazon the actor and the mail asks for an action (sign in,
   * confirm details, enter a code, scan, open the attachment, call, claim a reward).
   */
  'content.subject-claim-other-sender': 'high',
  /**
   * The subject of a mail that claims Amazon, and that Amazon did not send, writes its demand with look-alike
   * letters ("ActuaIice su informacion de pago", "c0nfirm your", 「力ード情報」): lure wording in disguise.
   */
  'content.disguised-wording': 'high',
  /** A lure asks the reader to act and gives an account, payment, order or sign-in link that leaves Amazon. */
  'content.lure-link-elsewhere': 'high',
  /** The mail is a forward: the original sender is judged from the forwarded header block. */
  'content.forwarded-original': 'info',
  /**
   * Amazon's own mail carries a part someone else wrote (a seller's message, an organisation or inviter name, a
   * gift message, a merchant name, a list note: amazon/inserted-text.ts), and that part carries a phone number or
   * a link to a sign-in page, a URL shortener or another site speaking as Amazon.
   */
  'content.inserted-text': 'high',
} as const satisfies CodeTable;

/** The evidence of each code (keys in JSON order); the text in src/report/text/content.ts reads it. */
export interface ContentEvidence {
  'content.amazon-lure': {
    /** The kind of mail the text presents (MailKind). */
    kind: string;
    /** Where the claim is written: 'subject' and/or 'body'. */
    where: readonly string[];
    claimText: string;
    fromDomain: string | null;
    /** Set when the words were read in a PDF attachment: "invoice.pdf, page 1" (pipeline/analyze.ts). */
    attachment?: string;
  };
  'content.callback-number': {
    phone: string;
    context: string;
    /** Where the number is written (subject, text, attachment). */
    where: string;
    topic: string;
    topicPhrase: string;
    lettersForDigits: boolean;
    /** What makes the mail claim Amazon (the basis of the finding). */
    claim: string;
    fromDomain: string | null;
    /** Set when the number was read in a PDF attachment: "invoice.pdf, page 2" (pipeline/analyze.ts). */
    attachment?: string;
  };
  'content.disguised-brand': {
    /** Where the disguise is written: 'display-name' and/or 'subject'. */
    where: readonly string[];
    /** How Amazon is disguised (the first; a claim technique of identity/claim.ts). */
    technique: string;
    techniques: readonly string[];
    /** The text that carries it (bounded). */
    text: string;
    fromDomain: string | null;
  };
  'content.subject-claim-other-sender': {
    /** The words of the subject that make Amazon the actor, or name its Prime subscription. */
    subjectClaim: string;
    technique: string;
    /** The domain authentication shows as the sender (null: nothing authenticates the mail; the From is not Amazon's). */
    authenticatedDomain: string | null;
    /** True when the subject and sender are a forwarded original's. */
    forwarded: boolean;
    /** The action the mail asks for (a phrase of ACTION_WORDING). */
    action: string;
    fromDomain: string | null;
  };
  'content.disguised-wording': {
    /** The subject as written (bounded). */
    subject: string;
    /** The subject with the look-alike letters read as the letters they imitate (bounded). */
    reads: string;
    /** The lure phrase it then holds (wording data: ACTION_WORDING, CALLBACK_TOPIC_WORDING). */
    phrase: string;
    /** How the letters were disguised (WordingDisguise of checks/content/disguised-wording.ts). */
    techniques: readonly string[];
    fromDomain: string | null;
  };
  'content.lure-link-elsewhere': {
    /** The action asked for (a phrase of ACTION_WORDING). */
    action: string;
    url: string;
    host: string;
    /** What the link is for (LinkPurpose). */
    purpose: string;
    /** Where the text makes Amazon the actor (the lure's claim). */
    claimText: string;
    fromDomain: string | null;
  };
  'content.forwarded-original': { from: string; subject: string };
  'content.inserted-text': {
    /** Which part someone else wrote (an InsertedKind of amazon/inserted-text.ts: 'seller-message', 'organisation-name'...). */
    part: string;
    /** The part as written (bounded). */
    text: string;
    /** What it carries: 'phone-number', 'sign-in-link', 'shortener-link' or 'off-amazon-link'. */
    carries: string;
    /** The number or the address it carries, as written. */
    carried: string;
    /** The host of a carried link; null for a number. */
    host: string | null;
    /** True when authentication shows Amazon sent the mail; false when its Amazon From is not confirmed. */
    amazonAuthenticated: boolean;
    fromDomain: string | null;
  };
}
