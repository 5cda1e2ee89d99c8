#include "policevocabulary.h"

namespace tryggkarta
{

namespace
{
constexpr const char *kSensitiveNote =
  "Känsliga uppgifter om personer (GDPR art. 10) som sällan gäller platsens trygghet: utelämnas om inte "
  "EST-gruppen beslutar annat (kategorin Sexualbrott finns).";
} // namespace

const std::vector<PoliceEventType> &policeEventTypes()
{
  // nullptr: left out on purpose (kept in the import's rejects with that reason, counted apart from errors).
  static const std::vector<PoliceEventType> sTypes = {
    { "Alkohollagen", "fylleri" },
    { "Anträffad död", nullptr },
    { "Anträffat gods", nullptr },
    { "Arbetsplatsolycka", nullptr },
    { "Bedrägeri", nullptr },
    { "Bombhot", "brak_hot" },
    { "Brand", "brand" },
    { "Brand automatlarm", nullptr },
    { "Bråk", "brak_hot" },
    { "Detonation", "skjutning" },
    { "Djur skadat/omhändertaget", nullptr },
    { "Ekobrott", nullptr },
    { "Farligt föremål, misstänkt", nullptr },
    { "Fjällräddning", nullptr },
    { "Fylleri/LOB", "fylleri" },
    { "Förfalskningsbrott", nullptr },
    { "Försvunnen person", nullptr },
    { "Gränskontroll", nullptr },
    { "Häleri", nullptr },
    { "Inbrott", "inbrott" },
    { "Inbrott, försök", "inbrott" },
    { "Knivlagen", "vapen" },
    { "Kontroll person/fordon", nullptr },
    { "Lagen om hundar och katter", nullptr },
    { "Larm inbrott", nullptr },
    { "Larm överfall", nullptr },
    { "Miljöbrott", nullptr },
    { "Missbruk av urkund", nullptr },
    { "Misshandel", "vald" },
    { "Misshandel, grov", "vald" },
    { "Mord/dråp", "vald" },
    { "Mord/dråp, försök", "vald" },
    { "Motorfordon, anträffat stulet", nullptr },
    { "Motorfordon, stöld", "stold" },
    { "Narkotikabrott", "narkotika" },
    { "Naturkatastrof", nullptr },
    { "Ofog barn/ungdom", "ofog" },
    { "Ofredande/förargelse", "brak_hot" },
    { "Olaga frihetsberövande", nullptr },
    { "Olaga hot", "brak_hot" },
    { "Olaga intrång/hemfridsbrott", "inbrott" },
    { "Olovlig körning", "trafikbrott" },
    { "Övrigt", nullptr },
    { "Polisinsats/kommendering", nullptr },
    { "Rattfylleri", "trafikbrott" },
    { "Räddningsinsats", nullptr },
    { "Rån", "ran" },
    { "Rån väpnat", "ran" },
    { "Rån övrigt", "ran" },
    { "Rån, försök", "ran" },
    { "Sammanfattning dag", nullptr },
    { "Sammanfattning dygn", nullptr },
    { "Sammanfattning eftermiddag", nullptr },
    { "Sammanfattning förmiddag", nullptr },
    { "Sammanfattning helg", nullptr },
    { "Sammanfattning kväll", nullptr },
    { "Sammanfattning kväll och natt", nullptr },
    { "Sammanfattning natt", nullptr },
    { "Sammanfattning vecka", nullptr },
    { "Sedlighetsbrott", nullptr, kSensitiveNote },
    { "Skadegörelse", "skadegorelse_ovrig" },
    { "Skottlossning", "skjutning" },
    { "Skottlossning, misstänkt", "skjutning" },
    { "Spridning smittsamma kemikalier", nullptr },
    { "Stöld", "stold" },
    { "Stöld, försök", "stold" },
    { "Stöld, ringa", "stold" },
    { "Stöld/inbrott", "inbrott" },
    { "Tillfälligt obemannat", nullptr },
    { "Trafikbrott", "trafikbrott" },
    { "Trafikhinder", nullptr },
    { "Trafikkontroll", nullptr },
    { "Trafikolycka", nullptr },
    { "Trafikolycka, personskada", nullptr },
    { "Trafikolycka, singel", nullptr },
    { "Trafikolycka, smitning från", nullptr },
    { "Trafikolycka, vilt", nullptr },
    { "Uppdatering", nullptr },
    { "Utlänningslagen", nullptr },
    { "Vapenlagen", "vapen" },
    { "Varningslarm/haveri", nullptr },
    { "Våld/hot mot tjänsteman", "incident_personal" },
    { "Våldtäkt", nullptr, kSensitiveNote },
    { "Våldtäkt, försök", nullptr, kSensitiveNote },
    { "Vållande till kroppsskada", nullptr },
  };
  return sTypes;
}

const std::vector<PoliceOnlyCategory> &policeOnlyCategories()
{
  static const std::vector<PoliceOnlyCategory> sCategories = {
    { "fylleri", "Fylleri, LOB, alkohollagen", "Drunkenness, alcohol law", "#b08880" },
    { "vapen", "Vapen- och knivlagsbrott", "Weapons and knife law offences", "#5068e0" },
    { "skjutning", "Skottlossning, detonation", "Shooting, explosion", "#6000e8" },
    { "sexualbrott", "Sexualbrott", "Sexual offence", "#800048" },
    { "ofog", "Ofog barn och ungdomar", "Mischief by children and youths", "#f8c078" },
    { "trafikbrott", "Trafikbrott, rattfylleri", "Traffic offence, drink-driving", "#789878" },
  };
  return sCategories;
}

} // namespace tryggkarta
