/**
 * Link findings, English and Japanese side by side. Evidence holds the raw link; the formatter makes it
 * terminal-safe.
 */
import type { LinkCounts, LinkEvidenceBase, linkCodes } from '../../checks/links/codes.js';
import { LOOKALIKE_EN, LOOKALIKE_JA } from './lookalike.js';
import { str, type CodeTexts } from './types.js';

/** The page and file name of a `pdf:PAGE:NAME` place, or null. */
function pdfPlace(w: string): { page: string; name: string } | null {
  const m = /^pdf:(\d+):([^]*)$/.exec(w);
  return m ? { page: m[1]!, name: m[2]! } : null;
}

function whereEn(e: LinkEvidenceBase): string {
  const w = str(e.where);
  if (w.startsWith('attachment:')) return `in the attached file "${w.slice('attachment:'.length)}"`;
  const pdf = pdfPlace(w);
  if (pdf) return `on page ${pdf.page} of the attached PDF "${pdf.name}"`;
  if (w.startsWith('qr:')) return `in a QR code in the image "${w.slice('qr:'.length)}"`;
  return w === 'text' ? 'in the text of the mail' : 'in the mail';
}
function whereJa(e: LinkEvidenceBase): string {
  const w = str(e.where);
  if (w.startsWith('attachment:')) return `添付ファイル「${w.slice('attachment:'.length)}」の中`;
  const pdf = pdfPlace(w);
  if (pdf) return `添付の PDF「${pdf.name}」の${pdf.page}ページ目`;
  if (w.startsWith('qr:')) return `画像「${w.slice('qr:'.length)}」の QR コード`;
  return 'メール本文';
}

/** `The link "Sign in" (https://...)` / `「サインイン」のリンク（https://...）`. */
function linkEn(e: LinkEvidenceBase): string {
  const text = str(e.text);
  const url = str(e.url);
  return text ? `The link "${text}" (${url})` : `The link ${url}`;
}
function linkJa(e: LinkEvidenceBase): string {
  const text = str(e.text);
  const url = str(e.url);
  return text ? `「${text}」のリンク（${url}）` : `リンク ${url} `;
}

/** When the link was unwrapped: " It really goes to <final>." */
function finalEn(e: LinkEvidenceBase): string {
  return str(e.unwrappedFrom) ? ` Behind the redirect it really goes to ${str(e.finalUrl)}.` : '';
}
function finalJa(e: LinkEvidenceBase): string {
  return str(e.unwrappedFrom) ? `転送先をたどると、実際の行き先は ${str(e.finalUrl)} です。` : '';
}

function times(e: LinkCounts, lang: 'en' | 'ja'): string {
  const n = e.occurrences ?? 1;
  const others = e.otherHosts ?? 0;
  let out = '';
  if (n > 1) out += lang === 'en' ? ` (${n} links like this)` : `（同様のリンクが ${n} 件）`;
  if (others > 0) out += lang === 'en' ? ` (and ${others} more hosts like it)` : `（ほかに同様の行き先が ${others} 件）`;
  return out;
}

/** Which list named the host: " (on Sublime Security's list of URL shorteners)". Nothing for amzcheck's own. */
const LIST_EN: Record<string, string> = {
  url_shorteners: 'URL shorteners',
  free_file_hosts: 'file-sharing hosts',
  self_service_creation_platform_domains: 'form and page builders',
  social_landing_hosts: 'landing-page hosts',
  free_subdomain_hosts: 'free subdomain hosts',
  suspicious_tlds: 'suspicious top-level domains',
};
const LIST_JA: Record<string, string> = {
  url_shorteners: '短縮 URL サービス',
  free_file_hosts: 'ファイル共有サービス',
  self_service_creation_platform_domains: 'フォーム・ページ作成サービス',
  social_landing_hosts: 'リンク集ページのサービス',
  free_subdomain_hosts: '無料サブドメインのサービス',
  suspicious_tlds: '注意が必要なトップレベルドメイン',
};
function listedEn(e: { list?: string }): string {
  const l = LIST_EN[str(e.list)];
  return l ? ` (on Sublime Security's list of ${l})` : '';
}
function listedJa(e: { list?: string }): string {
  const l = LIST_JA[str(e.list)];
  return l ? `（Sublime Security の${l}の一覧に掲載）` : '';
}

/** What kind of service the list says the host is: "... goes to HOST, <this>SERVICE". */
const PAGE_HOST_EN: Record<string, string> = {
  free_file_hosts: 'a file or page shared on the file-sharing service ',
  self_service_creation_platform_domains: 'a form or page made with the builder ',
  social_landing_hosts: 'a page of links made on ',
  free_subdomain_hosts: 'a site on a free subdomain of ',
  amzcheck: 'a page on a service where anyone can publish: ',
};
const PAGE_HOST_JA: Record<string, string> = {
  free_file_hosts: 'のファイル共有サービスで公開されたファイルやページです',
  self_service_creation_platform_domains: 'の作成サービスで作られたフォームやページです',
  social_landing_hosts: 'で作られたリンク集ページです',
  free_subdomain_hosts: 'の無料サブドメインに置かれたサイトです',
  amzcheck: '上にある、誰でもページを公開できるサービスのページです',
};

const PURPOSE_EN: Record<string, string> = {
  'password-reset': 'password',
  'sign-in': 'sign-in',
  payment: 'payment',
  account: 'account verification',
  order: 'order',
  other: '',
};
const PURPOSE_JA: Record<string, string> = {
  'password-reset': 'パスワード',
  'sign-in': 'サインイン（ログイン）',
  payment: 'お支払い情報',
  account: 'アカウント確認',
  order: '注文',
  other: '',
};

const IP_TECHNIQUE_EN: Record<string, string> = {
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  'ipv4-decimal': 'an IPv4 address written as one large number',
  'ipv4-hex': 'an IPv4 address written in hexadecimal',
  'ipv4-octal': 'an IPv4 address written in octal',
  'ipv4-short': 'an IPv4 address written in shortened form',
};
const IP_TECHNIQUE_JA: Record<string, string> = {
  ipv4: '数字の IP アドレス',
  ipv6: 'IPv6アドレス',
  'ipv4-decimal': '1つの大きな数字に書き換えた IP アドレス',
  'ipv4-hex': '16進数で書いた IP アドレス',
  'ipv4-octal': '8進数で書いた IP アドレス',
  'ipv4-short': '省略形で書いた IP アドレス',
};

export const linksText: CodeTexts<keyof typeof linkCodes> = {
  'links.text-shows-amazon-goes-elsewhere': {
    en: {
      title: 'Link shows an Amazon address but goes elsewhere',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} shows ${str(e.shownDomain)}, but it goes to ${str(e.host)}.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'The words of a link can say anything. This link displays an Amazon address, while the address it really opens belongs to someone else. Genuine Amazon mail links to Amazon. This is the classic trick of phishing mail: do not click it.',
    },
    ja: {
      title: 'Amazon のアドレスを表示しているのに、別のサイトにつながるリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は「${str(e.shownDomain)}」と表示されていますが、実際の行き先は ${str(e.host)} です。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'リンクに表示される文字は自由に書けます。このリンクは見た目は Amazon のアドレスですが、実際に開くのは別の人のサイトです。本物の Amazon のメールのリンクは Amazon のサイトにつながります。フィッシング詐欺でよく使われる手口です。クリックしないでください。',
    },
  },
  'links.credential-link-off-amazon': {
    en: {
      title: 'Sign-in or payment link that does not go to Amazon',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} looks like a ${PURPOSE_EN[str(e.purpose)] || 'account'} link, but it goes to ${str(e.host)}, which is not Amazon.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'Phishing mail wants you to sign in, "verify" your account or "update" your payment details on a page that copies Amazon\'s. Whatever you type there goes to the criminals. Amazon\'s own sign-in and payment pages are only on Amazon\'s domains (for example https://www.amazon.co.jp/). If you are worried about your account, open the Amazon app or type amazon.co.jp yourself.',
    },
    ja: {
      title: 'Amazon 以外のサイトにつながる、サインイン・お支払い用のリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は${PURPOSE_JA[str(e.purpose)] || 'アカウント確認'}のためのリンクに見えますが、行き先は ${str(e.host)} で、Amazon のサイトではありません。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'フィッシングメールは、Amazon そっくりの偽サイトでサインインさせたり、「アカウントの確認」や「お支払い方法の更新」をさせたりしようとします。そこに入力した内容は犯人に送られます。Amazon のサインインやお支払いのページは、Amazon のドメイン（例：https://www.amazon.co.jp/）にしかありません。心配なときは、メールのリンクではなく Amazon のアプリを開くか、amazon.co.jp をご自分で入力して確認してください。',
    },
  },
  'links.credential-form': {
    en: {
      title: 'The mail contains a form that asks for your password or card',
      message: (e) =>
        `A form ${whereEn(e)} asks for ${str(e.inputs)} and sends it to ${str(e.host) || 'an address hidden in a script'}.${times(e, 'en')}`,
      explain:
        'Amazon never asks you to type your password or card number into a mail or an attached file. A form like this sends what you type straight to whoever wrote it. Do not fill it in; if you already did, change your Amazon password at once and contact your card issuer.',
    },
    ja: {
      title: 'パスワードやカード番号を入力させるフォームがあります',
      message: (e) =>
        `${whereJa(e)}にあるフォームが（${str(e.inputs)}）の入力を求め、入力内容を ${str(e.host) || 'スクリプトで隠された送信先'} に送ります。${times(e, 'ja')}`,
      explain:
        'Amazon が、メールや添付ファイルの中でパスワードやカード番号を入力させることはありません。このようなフォームに入力すると、その内容はメールを作った人に直接送られます。入力しないでください。すでに入力してしまった場合は、すぐに Amazon のパスワードを変更し、カード会社に連絡してください。',
    },
  },
  'links.ip-address-host': {
    en: {
      title: 'Link goes to an IP address',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${IP_TECHNIQUE_EN[str(e.technique)] ?? 'an IP address'} (${str(e.host)}) instead of a name.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'Amazon says it never sends mail with links to an IP address. A link to a bare number hides who runs the site; odd notations (one big number, hexadecimal) exist only to disguise it further.',
    },
    ja: {
      title: 'IP アドレスに直接つながるリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先は、名前ではなく${IP_TECHNIQUE_JA[str(e.technique)] ?? '数字の IP アドレス'}（${str(e.host)}）です。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'Amazon は「IP アドレスへのリンクを含むメールは送らない」と案内しています。数字だけのアドレスは、誰のサイトなのかを隠すために使われます。特殊な書き方（大きな数字1つ、16進数など）は、さらに分かりにくくするための手口です。',
    },
  },
  'links.userinfo-trick': {
    en: {
      title: 'Link disguised with "name@" in front of the real address',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} starts with "${str(e.shownAs)}@", but a browser ignores everything before "@" and opens ${str(e.host)}.${times(e, 'en')}`,
      explain:
        'In a web address, the part before "@" is a user name, not the site. "https://amazon.co.jp@example.net" opens example.net. Criminals put a trusted name there so the link looks safe at a glance.',
    },
    ja: {
      title: '「名前@」で本当の行き先を隠したリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は「${str(e.shownAs)}@」で始まっていますが、ブラウザは「@」より前を無視して ${str(e.host)} を開きます。${times(e, 'ja')}`,
      explain:
        'Web アドレスの「@」より前はユーザー名として扱われ、行き先にはなりません。「https://amazon.co.jp@example.net」は example.net を開きます。信頼できる名前を前に置いて、一見安全なリンクに見せかける手口です。',
    },
  },
  'links.script-or-data-url': {
    en: {
      title: 'Link runs a script or opens a page built into the mail',
      message: (e) => `${linkEn(e)} ${whereEn(e)} is a ${str(e.scheme)}: link, not a web address.${times(e, 'en')}`,
      explain:
        'A javascript: link runs code when clicked; a data: link opens a page carried inside the link itself, so no address bar shows whose page it is. Neither is used by genuine Amazon mail.',
    },
    ja: {
      title: 'スクリプトを実行する、またはメール内に埋め込んだページを開くリンク',
      message: (e) => `${whereJa(e)}の${linkJa(e)}は、Web アドレスではなく「${str(e.scheme)}:」形式のリンクです。${times(e, 'ja')}`,
      explain:
        'javascript: のリンクはクリックするとプログラムを実行し、data: のリンクはリンクの中に埋め込まれたページを開くため、誰のページなのかアドレス欄で確かめられません。本物の Amazon のメールでは使われません。',
    },
  },
  'links.lookalike-host': {
    en: {
      title: 'Link goes to a site imitating Amazon',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${str(e.host)}, which ${LOOKALIKE_EN[str(e.technique)] ?? 'imitates'} ${str(e.imitates)}.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'The address was made to look like Amazon\'s: look-alike letters, a small typo, or "amazon" placed inside someone else\'s domain. Only the end of the name counts: www.amazon.co.jp is Amazon, amazon.co.jp.example.xyz is not.',
    },
    ja: {
      title: 'Amazon になりすましたサイトへのリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先は ${str(e.host)} です。これは ${str(e.imitates)} ${LOOKALIKE_JA[str(e.technique)] ?? 'に似せた名前です'}。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'Amazon に見えるように作られたアドレスです。よく似た別の文字を使ったり、1文字だけ変えたり、他人のドメインの中に「amazon」を入れたりします。大切なのはアドレスの最後の部分です。www.amazon.co.jp は Amazon ですが、amazon.co.jp.example.xyz は Amazon ではありません。',
    },
  },
  'links.credential-link-plain-http': {
    en: {
      title: 'Sign-in or payment link without encryption (http)',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} is a ${PURPOSE_EN[str(e.purpose)] || 'account'} link over plain http, not https.${times(e, 'en')}`,
      explain:
        'Amazon\'s links start with https://. A page that asks for a password or card over plain http is either careless or fake; in a mail that claims to be Amazon it is a strong sign of phishing.',
    },
    ja: {
      title: '暗号化されていない（http の）サインイン・お支払い用リンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は${PURPOSE_JA[str(e.purpose)] || 'アカウント確認'}のためのリンクですが、https ではなく暗号化されていない http です。${times(e, 'ja')}`,
      explain:
        'Amazon のリンクは https:// で始まります。パスワードやカード番号を暗号化されていない http のページで求めるのは、不用心なサイトか偽サイトです。Amazon を名乗るメールなら、フィッシングの強い兆候です。',
    },
  },
  'links.url-shortener': {
    en: {
      title: 'Link hides its destination behind a URL shortener',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} uses the shortener ${str(e.service) || str(e.host)}${listedEn(e)}, so its real destination cannot be seen.${times(e, 'en')}`,
      explain:
        'Short links (bit.ly and the like) can be made by anyone and hide where they lead. Amazon\'s account mails link directly to Amazon.',
    },
    ja: {
      title: '短縮 URL で行き先を隠したリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は短縮 URL サービス ${str(e.service) || str(e.host)} を使っており${listedJa(e)}、本当の行き先が分かりません。${times(e, 'ja')}`,
      explain:
        '短縮 URL（bit.ly など）は誰でも作れ、行き先を隠せます。Amazon のアカウントに関するメールは、Amazon のサイトへ直接リンクします。',
    },
  },
  'links.free-hosting': {
    en: {
      title: 'Link goes to a file-sharing, form or free hosting service',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${str(e.host)}, ${PAGE_HOST_EN[str(e.list)] ?? PAGE_HOST_EN.amzcheck}${str(e.service)}${listedEn(e)}.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'File-sharing services (OneDrive, SharePoint, Google Drive, Dropbox ...), form and page builders (Google Forms, Notion ...) and free hosting let anyone publish a page in minutes, so fake sign-in pages and "documents" that lead to them are often put there. Amazon does not send its customers to pages on such services.',
    },
    ja: {
      title: 'ファイル共有・フォーム作成・無料ホスティングのサービスへのリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先 ${str(e.host)} は、${str(e.service)} ${PAGE_HOST_JA[str(e.list)] ?? PAGE_HOST_JA.amzcheck}${listedJa(e)}。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'ファイル共有サービス（OneDrive、SharePoint、Google ドライブ、Dropbox など）、フォームやページの作成サービス（Google フォーム、Notion など）、無料ホスティングでは、誰でも数分でページを公開できます。そのため、偽のログインページや、そこへ誘導する「書類」がよく置かれます。Amazon がお客様をこうしたサービス上のページに案内することはありません。',
    },
  },
  'links.suspicious-tld': {
    en: {
      title: 'Link to a top-level domain often used for phishing',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${str(e.host)}, whose ending ".${str(e.tld)}"${listedEn(e)} is one that phishing sites often use. The mail presents itself as Amazon but was not authenticated as sent by Amazon.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'Some top-level domains (the last part of an address, like .xyz or .top) are cheap and loosely checked, so a large share of the sites under them are scams. Such an ending proves nothing on its own, many honest sites use them, but Amazon\'s own pages are on Amazon\'s domains, and in a mail that claims to come from Amazon without proof, a link to one is a warning sign.',
    },
    ja: {
      title: 'フィッシングによく使われるトップレベルドメインへのリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先 ${str(e.host)} は、フィッシングサイトによく使われる「.${str(e.tld)}」で終わるアドレスです${listedJa(e)}。このメールは Amazon を名乗っていますが、Amazon から送られたことは確認できていません。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'トップレベルドメイン（.xyz や .top など、アドレスの最後の部分）の中には、安く簡単に取得できるため詐欺サイトの割合が高いものがあります。それだけで偽物とは言えず、まっとうなサイトも使っていますが、Amazon のページは Amazon のドメインにあります。Amazon を名乗るのに送信元を確認できないメールの中で、こうしたアドレスへのリンクは注意が必要なサインです。',
    },
  },
  'links.rented-amazon-infrastructure': {
    en: {
      title: 'Link goes to Amazon cloud storage that anyone can rent',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${str(e.host)} on ${str(e.service)}. That is Amazon's cloud service, rented by anyone: it does not make the page Amazon's.${finalEn(e)}${times(e, 'en')}`,
      explain:
        'Names like amazonaws.com or cloudfront.net belong to Amazon Web Services, which any customer can use to publish a page. Phishing pages are hosted there precisely because the name contains "amazon". Amazon\'s shop and account pages are on amazon.co.jp, amazon.com and the other Amazon shop domains.',
    },
    ja: {
      title: '誰でも借りられる Amazon のクラウド上のページへのリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先 ${str(e.host)} は ${str(e.service)} 上にあります。これは誰でも借りられる Amazon のクラウドサービスで、Amazon のページであることを意味しません。${finalJa(e)}${times(e, 'ja')}`,
      explain:
        'amazonaws.com や cloudfront.net は、AWS（Amazon Web Services）の利用者なら誰でもページを公開できる場所です。名前に「amazon」が含まれるため、偽サイトの置き場所として悪用されます。Amazon のショッピングやアカウントのページは amazon.co.jp や amazon.com などにあります。',
    },
  },
  'links.redirect-leaves-amazon': {
    en: {
      title: 'Link starts at Amazon but is forwarded elsewhere',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} starts at ${str(e.startsAt)}, but is forwarded to ${str(e.finalUrl)}.${times(e, 'en')}`,
      explain:
        'The link begins with an Amazon address, so it looks safe when you hover over it, but it carries another address that the click is forwarded to. This mail was not authenticated as sent by Amazon, so the forwarding was written by someone else.',
    },
    ja: {
      title: 'Amazon のアドレスで始まり、別のサイトへ転送されるリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}は ${str(e.startsAt)} で始まりますが、${str(e.finalUrl)} へ転送されます。${times(e, 'ja')}`,
      explain:
        'リンクは Amazon のアドレスで始まるため、マウスを重ねても安全そうに見えますが、クリックすると中に書かれた別のアドレスへ転送されます。このメールは Amazon から送られたことが確認できていないため、転送先は第三者が書いたものです。',
    },
  },
  'links.punycode-host': {
    en: {
      title: 'Link to an address written with non-Latin letters',
      message: (e) =>
        `${linkEn(e)} ${whereEn(e)} goes to ${str(e.host)}, which a browser may display as ${str(e.unicodeHost)}.${times(e, 'en')}`,
      explain:
        'Internationalised domain names are legitimate (many Japanese sites use them), but they can also hold letters that look like Latin ones. Check that the address is one you know before you open it.',
    },
    ja: {
      title: '英字以外の文字を使ったアドレスへのリンク',
      message: (e) =>
        `${whereJa(e)}の${linkJa(e)}の行き先 ${str(e.host)} は、ブラウザでは「${str(e.unicodeHost)}」と表示されることがあります。${times(e, 'ja')}`,
      explain:
        '日本語ドメインなど、英字以外の文字を使ったアドレスは正当なものも多くありますが、英字にそっくりな別の文字を紛れ込ませる手口にも使われます。開く前に、知っているアドレスかどうか確かめてください。',
    },
  },
  'links.too-many-links': {
    en: {
      title: 'Too many links to check them all',
      message: (e) => `The mail has more than ${str(e.limit)} links; only the first ${str(e.limit)} were checked.`,
      explain:
        'amzcheck reads a limited number of links per mail so that huge or hostile mails cannot slow a scan down. Links beyond the limit were not judged.',
    },
    ja: {
      title: 'リンクが多すぎるため、すべては確認していません',
      message: (e) => `このメールには ${str(e.limit)} 個を超えるリンクがあり、最初の ${str(e.limit)} 個だけを確認しました。`,
      explain:
        '非常に大きなメールや悪意のあるメールで確認が遅くならないよう、1通あたりに確認するリンクの数に上限を設けています。上限を超えたリンクは判定していません。',
    },
  },
};
