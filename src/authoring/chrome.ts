/**
 * Website chrome: the lines a copied web page carries that are not part of the
 * article (comment prompts, "Mehr lesen" links, newsletter pitches, share
 * buttons, read-time lines, footers …). Each rule matches a whole line and
 * gives the reason readers see in the article's list of dropped lines.
 *
 * Rules match whole lines in the forms websites print them, never words inside
 * a sentence: a paragraph that mentions a newsletter or a comment stays text.
 * They are proposals; the editor reads them in the draft. Photo credits and
 * agency photo tags are recognised here too, but the draft attaches them to
 * the caption they belong to when there is one (src/authoring/draft-article.ts).
 * Pure.
 */
import { findDate } from './dates.ts';

export type ChromeKind =
  | 'comments'
  | 'follow'
  | 'more'
  | 'widget'
  | 'photo-credit'
  | 'photo-tag'
  | 'gallery'
  | 'share'
  | 'cookie'
  | 'spam'
  | 'read-time'
  | 'footer'
  | 'navigation'
  | 'label'
  | 'ad-break'
  | 'page';

interface Rule {
  kind: ChromeKind;
  pattern: RegExp;
  reason: string;
  /** A line the pattern matches that is the article's after all. */
  unless?: (text: string) => boolean;
}

const SHARE_WORDS = String.raw`(?:Teilen|Share|Tweet|Twittern|Facebook|Twitter|X\.com|X|WhatsApp|Telegram|LinkedIn|Xing|Pinterest|Reddit|Threads|Bluesky|Mastodon|E-Mail|Email|Mail|Drucken|Print|Link kopieren|Kopieren|Flipboard|Pocket|Messenger)`;

/** Order matters only for the reason: the first rule that matches a line gives it. */
const RULES: Rule[] = [
  // Comments: prompts, counts, forms and their notices.
  { kind: 'comments', pattern: /^\d+\s+Kommentare?$/i, reason: 'Kommentarzähler der Website.' },
  {
    kind: 'comments',
    pattern: /^(Kommentare?|Kommentieren|Kommentar schreiben|Schreibe einen Kommentar|Schreiben Sie einen Kommentar|Einen Kommentar hinterlassen|Kommentare anzeigen|Kommentare lesen|Zu den Kommentaren|Deine Meinung zählt|Ihre Meinung zählt|Diskutieren Sie mit|Diskutiere mit|Leave a (comment|reply)|Comments?)[.!:]?$/i,
    reason: 'Überschrift oder Aufforderung des Kommentarbereichs der Website.',
  },
  {
    kind: 'comments',
    pattern: /^(Kommentarfunktion (geschlossen|deaktiviert)|Die Kommentarfunktion ist (geschlossen|deaktiviert)[^.]*\.?|Comments are closed\.?|(Deine|Ihre) E-Mail-Adresse wird nicht veröffentlicht\..*|Erforderliche Felder sind (mit \* )?markiert\.?)$/i,
    reason: 'Hinweis des Kommentarbereichs der Website.',
  },
  { kind: 'comments', pattern: /^(Kommentare?|Comments?|Leserkommentare)( (lesen|anzeigen|ansehen|einblenden))?\s*\(\d+\)$/i, reason: 'Kommentarzähler der Website.' },
  { kind: 'comments', pattern: /^(Neueste|Letzte|Alle|Aktuelle|Beliebteste) (Leser)?[Kk]ommentare$|^Leserkommentare$|^\d+ (Gedanken|Antworten|Reaktionen) zu .{1,120}$/i, reason: 'Überschrift des Kommentarbereichs der Website.' },
  {
    kind: 'comments',
    pattern:
      /^((Jetzt |Hier )?(kommentieren|mitdiskutieren|mitreden)|Hinterlasse einen Kommentar|Hinterlassen Sie einen Kommentar|Antworten|Antwort abbrechen|Kommentar (abschicken|absenden|senden)|(Kommentare|Diskussion) (ausblenden|einblenden|öffnen|schließen)|(Alle )?\d+ Kommentare? (anzeigen|lesen))[.!:]?$/i,
    reason: 'Überschrift oder Aufforderung des Kommentarbereichs der Website.',
  },
  {
    kind: 'comments',
    pattern: /^(Du musst|Sie müssen) (angemeldet|eingeloggt|registriert) sein,? um (einen Kommentar|Kommentare) (abzugeben|zu schreiben|zu verfassen)\.?$|^(Melde dich|Melden Sie sich) an,? um (zu kommentieren|einen Kommentar (abzugeben|zu schreiben))\.?$/i,
    reason: 'Hinweis des Kommentarbereichs der Website.',
  },
  { kind: 'widget', pattern: /^(Gefällt mir:?|Gefällt mir Wird geladen\s*(…|\.\.\.)?|Like this:?|Like Loading\s*(…|\.\.\.)?|\d+ (Likes?|Personen gefällt das))$/i, reason: 'Gefällt-mir-Schaltfläche der Website.' },
  {
    kind: 'navigation',
    pattern: /^((Artikel|Beitrag) (verschenken|merken|speichern)|Zur Merkliste( hinzufügen)?|Auf die Merkliste|Feedback( geben| senden)?|Fehler (im Artikel )?melden)$/i,
    reason: 'Werkzeug der Website (Merkliste, Geschenk, Rückmeldung), nicht Teil des Artikels.',
  },
  { kind: 'spam', pattern: /^Diese Website verwendet Akismet\b.*$|^This site uses Akismet\b.*$/i, reason: 'Hinweis der Website zum Spamfilter ihres Kommentarformulars.' },
  // Follow, subscribe, newsletter.
  {
    kind: 'follow',
    pattern:
      /^(Folgst Du uns schon\b.*|Folgen Sie uns\b.*|Folg(e|t) uns\b.*|Abonnier(e|en Sie)\b.*|Jetzt (abonnieren|anmelden|folgen|registrieren)\b.*|(Unser |Zum |Den )?Newsletter\b.{0,120}|.{0,80}\bNewsletter (abonnieren|bestellen|anmelden)\b.*|Melden Sie sich (jetzt )?(für|zu) unse(ren|rem) Newsletter\b.*|Follow us\b.*|Subscribe\b.*)$/i,
    reason: 'Werbung der Website für ihre Kanäle oder ihren Newsletter, nicht Teil des Artikels.',
  },
  // Links to other articles.
  {
    kind: 'more',
    pattern:
      /^[\s➤►▶→»>•*-]*(Mehr lesen|Mehr zum Thema|Mehr dazu|Lesen Sie (auch|mehr|hier)|Lies auch|Auch interessant|Das könnte (Sie|dich) auch interessieren|Empfohlene Artikel|Verwandte (Artikel|Beiträge)|Ähnliche (Artikel|Beiträge)|Weitere Artikel|Mehr (Artikel|Beiträge|Nachrichten|Meldungen|Themen) (aus|zu|zum|zur|von|über)\b|Weitere (Beiträge|Nachrichten|Meldungen|Themen)|Auch lesenswert|Passend (dazu|zum Thema)|Dazu passend|Empfehlungen( der Redaktion)?|Unsere Empfehlungen?|Meistgelesen|Meist gelesen|Am meisten gelesen|Top-?Themen|Top-?Artikel|Aus dem Ressort|Neueste (Nachrichten|Meldungen)|Read more|Related( posts| articles)?)\b.*$/i,
    reason: 'Verweis auf andere Beiträge der Website, nicht Teil des Artikels.',
  },
  {
    kind: 'more',
    pattern: /^\[?\s*((Hier )?[Ww]eiterlesen|Zum (vollständigen )?Artikel|Den ganzen Artikel lesen|Continue reading)\s*(…|\.\.\.)?\s*\]?$/,
    reason: 'Verweis auf den vollständigen Artikel an anderer Stelle; hier liegt nur ein Auszug vor.',
  },
  // Widgets of blog themes and unexpanded shortcodes.
  { kind: 'widget', pattern: /^(Latest|Recent|Popular) (from|posts|articles|news)\b.*$|^(Neueste|Beliebte|Aktuelle) (Beiträge|Artikel)$/i, reason: 'Überschrift eines Widgets der Website mit weiteren Beiträgen.' },
  { kind: 'widget', pattern: /^\S+ on (instagram|twitter|facebook|x|youtube|tiktok)$/i, reason: 'Social-Media-Widget der Website.' },
  { kind: 'widget', pattern: /^\[[a-z][\w-]*(\s+[\w-]+(=("[^"]*"|'[^']*'|[^\s\]]*))?)*\s*\/?\]$/, reason: 'Nicht ausgeführter Platzhalter (Shortcode) eines Widgets der Website.' },
  {
    kind: 'label',
    // „Tags: Verkehr, Radwege“: a list of terms, no sentence (no full stop at the end, no verb-like run of words).
    pattern: /^(Tags|Schlagwörter|Schlagworte|Stichworte|Stichwörter|Themen|Kategorien?|Rubriken?|Abgelegt unter|Veröffentlicht in|Posted in|Filed under)\s*:\s*[^.!?]{1,200}$/i,
    reason: 'Schlagwort- oder Kategorienliste der Website.',
  },
  { kind: 'label', pattern: /^(Tags|Schlagwörter|Schlagworte|Themen|Stichworte)\s*:?$/i, reason: 'Überschrift der Schlagwortliste der Website.' },
  { kind: 'label', pattern: /^(Publiziert|Veröffentlicht|Aktualisiert|Published|Updated)\s*:?$/i, reason: 'Beschriftung der Veröffentlichungsangabe der Website; ein Datum steht nicht dabei.' },
  { kind: 'label', pattern: /^(Anzeige|Werbung|Advertisement|Sponsored)$/i, reason: 'Werbekennzeichnung der Website.' },
  // Photos: gallery counters, agency photo tags, credits.
  { kind: 'gallery', pattern: /^(Bild |Foto )?\d{1,3}\s*(\/|von|of)\s*\d{1,3}$/i, reason: 'Bildzähler einer Fotogalerie der Website.' },
  { kind: 'photo-tag', pattern: /^[A-Z0-9]{2,}(-[A-Z0-9]{2,}){2,}$/, reason: 'Agentur-Kennung eines Fotos der Website; das Foto ist nicht Teil der Textfassung.' },
  {
    kind: 'photo-credit',
    pattern:
      /^((Foto|Fotos|Bild|Bilder|Bildquelle|Quelle Bild|Photo|Credit)\s*:\s*.{2,100}|[^.!?]{0,80}(\/|\|)\s*(AP|AFP|dpa|DPA|Reuters|REUTERS|Getty Images|IMAGO|imago|EPA|epa|Sputnik|KCNA|Yonhap|Keystone|picture alliance|picture-alliance|Xinhua|TASS|Kremlin|Pool|Anadolu|SIPA|Shutterstock)( [^.!?]{0,40})?)$/,
    reason: 'Bildnachweis eines Fotos der Website; das Foto ist nicht Teil der Textfassung.',
  },
  // Ad breaks inside the text.
  {
    kind: 'ad-break',
    pattern: /^((Der )?(Artikel|Text|Beitrag) (wird |geht )?(nach|unter) (der|dieser) (Werbung|Anzeige) (fortgesetzt|weiter)|Weiterlesen nach der (Werbung|Anzeige)|Lesen Sie (weiter )?nach der (Werbung|Anzeige)( weiter)?|Nach der (Werbung|Anzeige) (geht'?s|geht es) weiter|Werbung|Anzeige|Sponsored|Gesponsert|Advertisement)\s*(…|\.\.\.|\.)?$/i,
    reason: 'Hinweis der Website auf eine Werbeunterbrechung.',
  },
  // Share buttons: a line of nothing but share targets.
  {
    kind: 'share',
    pattern: new RegExp(
      String.raw`^((Teile|Teilt|Teilen Sie) (diesen|den) (Beitrag|Artikel|Post|Text)( mit \w+)?|Diesen (Beitrag|Artikel) teilen|(Auf|Bei|Über|Via|Per) ${SHARE_WORDS} (teilen|senden|versenden|empfehlen|folgen)|Per ${SHARE_WORDS} (teilen|senden|versenden)|(Link|URL) kopieren|(Artikel|Beitrag|Seite) (per E-Mail )?(verschicken|versenden|empfehlen|merken|speichern))\s*[:.!]?$`,
      'i',
    ),
    reason: 'Schaltflächen der Website zum Teilen des Beitrags.',
  },
  { kind: 'share', pattern: new RegExp(String.raw`^(${SHARE_WORDS}\s*[|·•,/]?\s*)+$`, 'i'), reason: 'Schaltflächen der Website zum Teilen des Beitrags.' },
  { kind: 'share', pattern: /^(Artikel|Beitrag) (teilen|drucken|versenden)|^(Teilen|Share) (auf|on|via|mit|this)\b.*$/i, reason: 'Schaltflächen der Website zum Teilen des Beitrags.' },
  // Newsletter pitches in the forms sites print them: a short line, no sentence on the article's matter.
  {
    kind: 'follow',
    pattern: /^(?=.{0,160}$).*\b(direkt|täglich|jeden (Morgen|Abend|Tag)|kostenlos|gratis|bequem) (in|ins) (Ihr|dein|Ihren|deinen) (E-Mail-)?(Postfach|Posteingang|Mail-Postfach)\b.*$|^(Jetzt |Hier )?(kostenlos |gratis )?(anmelden|registrieren|abonnieren)( und .{0,60})?[.!]?$/i,
    reason: 'Werbung der Website für ihren Newsletter, nicht Teil des Artikels.',
  },
  // Galleries, forums, tickers: links to other parts of the site.
  {
    kind: 'navigation',
    pattern: /^((Zur|Zu den|Alle) (Bildergalerie|Galerie|Fotostrecke|Fotos|Bildern|Videos?)|Zum (Forum|Kommentarbereich|Liveblog|Liveticker|Ticker|Dossier|Themenspecial))\b[^.!]{0,120}$/i,
    reason: 'Verweis auf einen anderen Teil der Website, nicht Teil des Artikels.',
  },
  // Media: a video or audio teaser, its duration, its availability.
  {
    kind: 'widget',
    pattern: /^((Video|Audio|Podcast|Livestream|Bildergalerie|Galerie)\s*:\s*[^.!]{1,100}|\d{1,2}:\d{2}( Min\.?)?|(Video |Audio |Sendung |Beitrag )?[Vv]erfügbar bis [^!?]{1,40})$/,
    reason: 'Medienspieler der Website (Video oder Audio), nicht Teil des Textes.',
  },
  // Media players: „Audio: Hochwasser am Mühlbach (2 Min.)“, „Video abspielen“.
  {
    kind: 'widget',
    pattern: /^([^.!?]{0,100}\(\s*\d+(:\d{2})?\s*(Min\.?|Minuten|Sek\.?|Sekunden)\s*\)|(Audio|Video|Podcast) (abspielen|starten|anhören|ansehen)|Dieses Thema im Programm:?|Sendung verpasst\??)$/i,
    reason: 'Medienspieler oder Programmhinweis der Website.',
  },
  // A line of short entries between bars: a menu, or a programme or meta line („Radio X | Sendung | 03.04.2025 | 16:00 Uhr“).
  {
    kind: 'navigation',
    pattern: /^(?!.*[.!?]$)[^|]{1,40}(\s\|\s[^|]{1,40}){2,}$/,
    reason: 'Zeile aus kurzen, durch Striche getrennten Einträgen: Menü oder Angabe der Website.',
    // Not a dateline or byline („02.10.2025 | 17:20 Uhr | von Lena Muster“, „Von X | 14. Oktober 2025“): the header's, or decided by its place.
    unless: (text) => findDate(text) !== undefined || /^(Von|By|Text|Autor|Autorin)\b/i.test(text),
  },
  // Placeholders for blocked embeds (consent): „Externer Inhalt: Um diesen Inhalt zu sehen, …“, „Inhalt anzeigen“.
  {
    kind: 'widget',
    pattern: /^((Empfohlener )?[Ee]xterner Inhalt\b.{0,200}|(Inhalt|Externe Inhalte|Externen Inhalt|Video|Karte|Tweet|Beitrag|Post) (anzeigen|laden|aktivieren|erlauben|zulassen)|Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden\..{0,200})$/,
    reason: 'Platzhalter der Website für einen eingebetteten fremden Inhalt.',
  },
  // Breadcrumbs: „Startseite > Politik > Ausland“.
  {
    kind: 'navigation',
    pattern: /^(?:(Sie sind hier:\s*)?(Startseite|Start|Home)\s*[>›»/|]\s*\S.{0,150}|[^.!?>›»]{1,40}(\s+[>›»]\s+[^.!?>›»]{1,40}){1,6})$/i,
    reason: 'Navigationspfad (Breadcrumb) der Website.',
  },
  // Cookie notices, in the forms banners use (a sentence about cookies is text).
  {
    kind: 'cookie',
    pattern:
      /^(?=.{0,400}$).*\b((Diese|Unsere) (Website|Webseite|Seite) (verwendet|nutzt|benutzt|setzt) Cookies|Wir (verwenden|nutzen|setzen) Cookies|Cookies? (akzeptieren|zulassen|ablehnen|verwalten)|Cookie-(Einstellungen|Hinweis|Richtlinie|Banner)|This (website|site) uses cookies|Accept (all )?cookies)\b.*$/i,
    reason: 'Cookie-Hinweis der Website.',
  },
  // Read-time lines.
  {
    kind: 'read-time',
    pattern: /^(Lesezeit\s*:?\s*(ca\.\s*)?\d+\s*(Min\.?|Minuten?)|(ca\.\s*)?\d+\s*(Min\.?|Minuten?)\s*(Lesezeit|lesen)|\d+\s*(min|mins|minutes?)\s*read|Reading time\s*:?\s*\d+\s*(min|mins|minutes?))$/i,
    reason: 'Lesezeitangabe der Website.',
  },
  // Navigation and page tools.
  {
    kind: 'navigation',
    pattern: /^[«‹<←]?\s*(Zur Startseite|Zurück zur Startseite|Zurück zu(r|m)? (Übersicht|Startseite|Liste|Artikelübersicht|allen \S+|\S+übersicht)|Zurück|Zum Seitenanfang|Nach oben|Zurück nach oben|Startseite|Home|Menü|Suche|Artikel (anhören|vorlesen( lassen)?)|Vorlesen|Audio abspielen|Fehler melden|Feedback|Merken|Speichern)$/i,
    reason: 'Navigation oder Werkzeug der Website, nicht Teil des Artikels.',
  },
  {
    kind: 'more',
    pattern: /^(Inhaltsverzeichnis|Inhalt|In diesem Artikel|Auf dieser Seite|Inhalte dieser Seite|Springe zu)\s*:?$/i,
    reason: 'Inhaltsverzeichnis der Website, das die Zwischenüberschriften wiederholt.',
  },
  {
    kind: 'follow',
    pattern: /^(Exklusiv für (Abonnenten|Abonnentinnen|Abonnent\*innen|Abonnierende|\S+-Abonnenten|Plus-Leser)|(Dieser|Der) (Artikel|Beitrag) ist (nur )?für (Abonnenten|Abonnentinnen|Abonnierende)[^.]*\.?|(Jetzt )?[Ww]eiterlesen mit .{1,40})$/,
    reason: 'Werbung der Website für ihr Abonnement, nicht Teil des Artikels.',
  },
  {
    kind: 'widget',
    pattern: /^((Ihre|Deine|Your) )?(E-Mail(-Adresse)?|Email( address)?|Name|Vorname|Nachname|Passwort|Website|Webseite)\s*\*?\s*:?$/i,
    reason: 'Beschriftung eines Formularfelds der Website.',
  },
  {
    kind: 'follow',
    pattern: /^(Jetzt (kostenlos )?(testen|lesen)|Zum Abo|Abo abschließen|Weiterlesen mit \w+|Sie haben bereits ein (Abo|Abonnement)\?.*|Jetzt einloggen.*)$/i,
    reason: 'Werbung der Website für ihr Abonnement, nicht Teil des Artikels.',
  },
  // Footers.
  {
    kind: 'footer',
    pattern: /^(©|\(c\)|Copyright\b).{0,120}$|^[^.!?]{1,60} ist ein (Angebot|Produkt|Dienst|Service|Portal|Online-Angebot) (der|des|von) [^!?]{1,80}$|^.{0,80}Alle Rechte vorbehalten\.?$|^(Impressum|Datenschutz|Datenschutzerklärung|AGB|Kontakt|Nutzungsbedingungen|Barrierefreiheit|Cookie-Einstellungen)(\s*[|·•]\s*(Impressum|Datenschutz|Datenschutzerklärung|AGB|Kontakt|Nutzungsbedingungen|Barrierefreiheit|Cookie-Einstellungen))*$/i,
    reason: 'Fußzeile der Website.',
  },
];

export interface ChromeMatch {
  kind: ChromeKind;
  reason: string;
}

/** The chrome rule a line matches, or undefined for a line of the article. `line` is trimmed. */
export function chromeOf(line: string): ChromeMatch | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  // Photo credits must not swallow prose: a line ending like a sentence is text.
  for (const rule of RULES) {
    if (!rule.pattern.test(text) || rule.unless?.(text)) continue;
    if (rule.kind === 'photo-credit' && /[.!?]["“”»]?$/.test(text)) continue;
    return { kind: rule.kind, reason: rule.reason };
  }
  return undefined;
}

/** Every kind of chrome, for reports and tests. */
export const CHROME_KINDS: readonly ChromeKind[] = [...new Set(RULES.map((rule) => rule.kind))];
