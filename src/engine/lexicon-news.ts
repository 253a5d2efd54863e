import { enStem, fold, frKeys, frStem } from "./text.js";

/**
 * General news vocabulary in English and French, one meaning per line (« English forms =
 * French forms »), read both ways: a French question meets an English story and the other way
 * round. Written for news in general — politics, justice, economy, health, disasters, conflict,
 * transport, society — never for one article. Inflected forms are reached through the stemmers,
 * so each line lists the base forms and the irregular ones.
 */
const LINES = `
people person persons individual = personne gens individu
dead death deaths die died dying killed kill kills toll fatalities = mort morts décès décéder mourir tué tuer victime bilan
wounded injured injury injuries hurt = blessé blessure
victim victims = victime
survivor survivors = survivant rescapé
hostage hostages = otage
prisoner prisoners jail jails prison prisons jailed imprisoned = prisonnier prison détenu incarcéré emprisonné
arrest arrested arrests detained = arrêter arrêté interpellé arrestation
suspect suspects = suspect
police policeman policemen officers = police policier
attack attacks attacked assault = attaque attaquer attentat agression
strike strikes struck airstrike = frappe grève frapper
bomb bombs bombing = bombe bombardement
explosion blast = explosion
fire fires blaze wildfire = incendie feu
burn burned burnt burning = brûler brûlé incendier ravager
flood floods flooding = inondation crue
earthquake quake = séisme tremblement
storm = tempête orage
war wars = guerre
conflict = conflit
fighting fight fought battle = combat combattre bataille
ceasefire truce = cessez-le-feu trêve
peace = paix
army military armed = armée militaire armé
soldier soldiers troops = soldat militaire troupe
weapon weapons arms = arme armement
missile missiles = missile
drone drones = drone
aircraft plane planes jet jets = avion appareil
ship ships vessel vessels boat boats = navire bateau bâtiment
border borders frontier = frontière
country countries nation nations state = pays nation état
city cities town = ville cité commune
region regions area = région zone secteur
capital = capitale
village villages = village
island islands = île
sea = mer
coast coastal = côte côtier
river = fleuve rivière
world global worldwide = monde mondial
government governments = gouvernement exécutif
minister ministers = ministre
ministry = ministère
president = président présidente
prime premier = premier
leader leaders head chief boss = dirigeant chef responsable patron dirigeante
official officials = responsable officiel
spokesperson spokesman spokeswoman = porte-parole
party parties = parti
opposition = opposition
parliament lawmakers deputies mp mps = parlement député parlementaire
senate senator = sénat sénateur
election elections vote votes voting voters ballot = élection scrutin vote voter électeur
campaign = campagne
law laws legislation bill = loi législation projet
rule rules regulation regulations = règle règlement réglementation
court courts tribunal = tribunal cour justice
judge judges = juge
ruling ruled rule verdict = décision jugement statuer
trial = procès
lawyer lawyers attorney = avocat
prosecutor prosecutors = procureur parquet
charge charges charged accused = accusation inculpé accusé
ban banned banning bans prohibit prohibited = interdire interdiction interdit bannir
allow allowed permit permitted authorise authorised authorize authorized = autoriser autorisé permettre permis
decision decide decided = décision décider décidé
announce announced announcement = annoncer annoncé annonce
say said says told tell = dire déclarer affirmer indiquer
warn warned warning = avertir mettre garde prévenir alerter avertissement
ask asked request requested demand demanded call called urge urged = demander demandé exiger réclamer appeler exhorter demande
refuse refused reject rejected dismissed = refuser refus rejeter rejeté balayer
accept accepted = accepter accepté
agree agreed agreement deal accord = accord accepter convenir entente
sign signed = signer signé
meet met meeting meetings = rencontrer rencontre réunion entrevue rendez-vous
visit visited = visite visiter
talks negotiations negotiate = négociation pourparlers négocier discussion
discuss discussed = discuter évoquer aborder
plan plans planned = plan projet prévoir prévu
measure measures = mesure
report reports = rapport
study studies survey = étude enquête sondage
researcher researchers scientists = chercheur scientifique
expert experts = expert spécialiste
figure figures data statistics = chiffre données statistique
number = nombre
percent percentage share proportion rate = pourcentage part proportion taux
rise rose increase increased grew grow growth up jumped surge = hausse augmenter augmentation croissance progresser bondir progression
fall fell drop dropped decrease decreased decline declined down cut cuts reduced = baisse baisser diminuer diminution chute recul réduire réduit coupe
record = record
money = argent
cost costs = coût coûter
price prices = prix
pay paid payment payments = payer payé paiement versement verser
fund funds funding = fonds financement financer
budget budgets = budget
profit profits earnings = bénéfice bénéfices profit
quarter quarterly = trimestre trimestriel
surplus = excédent
deficit deficits = déficit
spend spends spent spending expenditure = dépenser dépense dépenses consacrer
subscriber subscribers = abonné abonnés
weigh weighs weight = peser poids
speed = vitesse
height tall = hauteur haut
tax taxes = impôt taxe fiscal
debt debts = dette
loan loans = prêt
billion billions bn = milliard
million millions = million
euro euros = euro
dollar dollars = dollar
economy economic = économie économique
market markets = marché
company companies firm firms business = entreprise société compagnie firme
industry = industrie
bank banks = banque
trade = commerce commercial échange
export exports = exportation exporter
import imports = importation importer
tariff tariffs duty duties customs = droit douane tarif taxe
steel = acier
aluminium aluminum = aluminium
oil = pétrole
gas = gaz
fuel fuels = carburant combustible
energy = énergie
electricity power = électricité courant
price-rise inflation = inflation
job jobs employment = emploi travail poste
unemployment unemployed = chômage chômeur
worker workers employees staff = travailleur salarié employé personnel
union unions = syndicat
strike-action = grève
salary salaries wage wages = salaire
pension pensions retirement = retraite pension
age = âge
year years = an année
month months = mois
week weeks = semaine
day days = jour journée
hour hours = heure
minute minutes = minute
decade decades = décennie
century = siècle
today = aujourd'hui
yesterday = hier
tomorrow = demain
now currently = maintenant actuellement
last previous = dernier précédent
next following = prochain suivant
first = premier
second = deuxième second
third = troisième
fourth = quatrième
health = santé
hospital hospitals = hôpital hospitalier
doctor doctors = médecin docteur
patient patients = patient malade
disease illness = maladie
virus = virus
pandemic epidemic = pandémie épidémie
vaccine vaccines = vaccin
drug drugs medicine medicines = médicament drogue
cancer carcinogenic = cancer cancérigène
water = eau
school schools = école
student students = étudiant élève
university universities = université
child children kids = enfant
woman women = femme
man men = homme
family families = famille
citizen citizens = citoyen
resident residents inhabitants = habitant résident
population = population
migrant migrants = migrant
refugee refugees = réfugié
asylum = asile
seeker seekers = demandeur
home homes house houses housing = maison logement domicile foyer
building buildings = bâtiment immeuble
road roads = route
car cars vehicle vehicles = voiture véhicule automobile
bike bikes bicycle bicycles = vélo bicyclette
scooter scooters = trottinette scooter
train trains = train
flight flights = vol
airport = aéroport
passenger passengers = passager
travel traveling travelling trip = voyage voyager déplacement
tourist tourists = touriste
journalist journalists reporter reporters = journaliste reporter
newspaper press = journal presse
television tv = télévision
interview = entretien interview
statement = déclaration communiqué
message messages = message
rumour rumor rumours rumors = rumeur
information = information
social = social
network networks = réseau
video = vidéo
photo photos = photo
internet online = internet ligne
security safety = sécurité
threat threats threaten threatened = menace menacer
risk risks = risque
danger dangerous = danger dangereux
toxic = toxique
pollution = pollution
environment = environnement
climate = climat
farmer farmers = agriculteur paysan
farm farms = ferme exploitation
product products = produit
pesticide pesticides = pesticide
food = alimentation nourriture
crisis = crise
shortage shortages = pénurie
support supported = soutien soutenir appui
oppose opposed opposition = opposer opposé opposition
criticise criticised criticize criticized criticism = critiquer critiqué critique
condemn condemned = condamner condamné
accuse accused = accuser accusé
deny denied = nier démentir
resign resigned resignation = démissionner démission
replace replaced replacement successor = remplacer remplaçant successeur
appoint appointed named = nommer nommé désigner
elected = élu
leave left = quitter partir
return returned = retour retourner renvoyer
send sent = envoyer envoyé
receive received = recevoir reçu
open opened = ouvrir ouvert
close closed closure = fermer fermé fermeture
start started begin began launch launched = commencer début lancer lancé
end ended finish = fin terminer finir achever
continue continued = continuer poursuivre
stop stopped halt = arrêter arrêt stopper
win won = gagner remporter victoire
lose lost = perdre perdu
take taken took = prendre pris
give gave given = donner donné
help = aide aider
protect protection = protéger protection
save = sauver
find found = trouver trouvé
show showed shown = montrer montré
use used = utiliser utilisé
need needs = besoin
exceed exceeded = dépasser dépassé
limit limits = limite seuil
legal = légal légale
illegal = illégal
right rights = droit
freedom = liberté
power = pouvoir
far-right extreme-right = extrême
responsibility = responsabilité
why reason reasons because = pourquoi raison raisons parce
cause caused = cause causer
effect effects impact = effet impact conséquence
result results = résultat
problem problems issue = problème
question = question
answer = réponse
new = nouveau nouvelle
old former = ancien vieux
big large = grand gros
small = petit
high = élevé haut
low = bas faible
fast faster fastest quick quicker = rapide rapides rapidement vite
slow slower slowest = lent lente lents lentes lentement
expensive dearer costly = cher chère coûteux
heavy heavier = lourd lourde lourds
good = bon
bad = mauvais
important = important
international = international
national = national
local = local
public = public
private = privé
official = officiel
foreign = étranger
north northern = nord
south southern = sud
east eastern = est oriental
west western = ouest occidental
ranking rank ranked position place = classement rang classer position place
gap = écart
equality = égalité
gender = genre
participation = participation
ministerial = ministériel
sales = vente ventes
registration registrations = immatriculation
exports-growth = exportation
shares stock = action actions bourse
takeover acquisition buy bought purchase = rachat acquisition acheter
merger = fusion
deal-breakup breakup = rupture
game games = jeu
console consoles = console
platform platforms = plateforme
fine fines ticket tickets = amende contravention constat
operator operators = opérateur exploitant
service = service
city-council council = conseil
mayor = maire
councillor = conseiller
collection collect collected = collecte percevoir recouvrer recouvrement récolter
revenue revenues = recette revenu
debt-collector collectors = agent recouvreur
hire hired recruit recruited = embaucher recruter embauché recruté
burial burials buried = enterrement inhumation enterré
body bodies = corps
grave graves = tombe fosse
funeral funerals = funérailles obsèques
kin = proche famille
knife knives = couteau
sword = épée
boy = garçon
girl = fille
teenager teen = adolescent
restaurant = restaurant
mask masks = masque
`;

/** folded French stem → English words; English stem → French words. */
const FR_TO_EN = new Map<string, Set<string>>();
const EN_TO_FR = new Map<string, Set<string>>();

function add(map: Map<string, Set<string>>, key: string, values: string[]): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  for (const v of values) set.add(v);
}

for (const line of LINES.split("\n")) {
  const [en, fr] = line.split("=").map((s) => s.trim().split(/\s+/).filter(Boolean));
  if (!en?.length || !fr?.length) continue;
  // compound English keys (« deal-breakup ») only name the line; their parts are the words
  const enWords = en.flatMap((w) => w.split("-"));
  for (const f of fr) add(FR_TO_EN, frStem(f.replace(/-/g, "")), enWords);
  for (const e of enWords) add(EN_TO_FR, enStem(e), fr);
}

/** English words for a French word (any inflection), empty when the table does not know it. */
export function englishFor(word: string): string[] {
  const hit = FR_TO_EN.get(frStem(fold(word)));
  return hit ? [...hit] : [];
}

/** French words for an English word (any inflection), empty when the table does not know it. */
export function frenchFor(word: string): string[] {
  const hit = EN_TO_FR.get(enStem(word));
  return hit ? [...hit] : [];
}

/** The comparison keys of an English word as an English story's sentences hold them. */
export function englishKeys(word: string): string[] {
  return [...new Set([...frKeys(word), enStem(word)])];
}
