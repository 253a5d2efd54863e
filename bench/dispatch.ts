/**
 * Long dispatches for the ingest benchmark, built by concatenating varied wire-copy paragraphs:
 * direct quotes in « », reported speech, figures with qualifiers and claimants, datelines' worth
 * of places and dates. Names, numbers and places vary with the paragraph number so the text is
 * not one paragraph repeated (which could flatter caches or hit one path only). Deterministic.
 */
const FIRST = ["Anna", "Piotr", "Claire", "Jonas", "Marta", "Olek", "Sophie", "Tomas", "Irina", "Lukas", "Elena", "Hugo"];
const LAST = ["Kowalski", "Novak", "Durand", "Lindqvist", "Horvat", "Petrenko", "Moreau", "Kaldma", "Szabo", "Berger", "Ionescu", "Lenz"];
const ROLES = ["le ministre de la Défense", "la porte-parole du gouvernement", "le chef d'état-major", "la ministre des Affaires étrangères", "le général", "le colonel"];
const PLACES = ["Vilnius", "Varsovie", "Riga", "Bucarest", "Tallinn", "Prague", "Budapest", "Sofia", "Bratislava", "Helsinki"];
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const UNITS = ["soldats", "chars", "militaires", "blindés", "avions de combat", "hélicoptères"];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function number(i: number): string {
  // French thousands with the narrow no-break space, as wire copy writes them.
  const n = 1_000 + ((i * 7_919) % 98_000);
  return n.toLocaleString("fr-FR");
}

function paragraph(i: number): string {
  const who = `${pick(FIRST, i)} ${pick(LAST, i * 5 + Math.floor(i / 12))}`;
  const role = pick(ROLES, i);
  const place = pick(PLACES, i * 3);
  const day = pick(DAYS, i);
  const unit = pick(UNITS, i);
  switch (i % 6) {
    case 0:
      return `« Nous ne laisserons pas la situation se dégrader à ${place} », a déclaré ${day} ${role}, ${who}, lors d'une conférence de presse.`;
    case 1:
      return `Selon ${who}, plus de ${number(i)} ${unit} ont été déployés près de ${place} depuis ${day}, un chiffre que les autorités n'ont pas confirmé.`;
    case 2:
      return `${role.charAt(0).toUpperCase()}${role.slice(1)}, ${who}, a indiqué que les exercices dureraient « au moins dix jours » et qu'environ ${number(i)} ${unit} y participeraient.`;
    case 3:
      return `Les autorités de ${place} ont annoncé ${day} avoir reçu ${number(i)} ${unit} supplémentaires, tandis que ${who} a estimé que « cette décision ne change rien à l'équilibre régional ».`;
    case 4:
      return `"We are watching closely," ${who}, a spokesperson in ${place}, said on ${day === "lundi" ? "Monday" : "Thursday"}, adding that about ${number(i).replace(/\s/g, ",")} troops had moved.`;
    default:
      return `D'après un communiqué publié ${day} à ${place}, entre ${number(i)} et ${number(i + 1)} ${unit} seraient concernés ; ${who} a refusé de commenter ces informations.`;
  }
}

/** A dispatch of at least `bytes` UTF-8 bytes (cut at a paragraph end), with a dateline. */
export function longDispatch(bytes: number): string {
  const parts = ["(Vilnius) Les exercices militaires se poursuivent dans la région, a annoncé le ministère de la Défense."];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < bytes; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}
