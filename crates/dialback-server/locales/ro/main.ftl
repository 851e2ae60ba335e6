## Navigation

nav-main = Meniu principal
nav-settings = Setări
nav-sign-in = Conectare
nav-sign-up = Înregistrare
nav-sign-out = Deconectare

## Common actions and messages

action-save = Salvați
settings-title = Setări
settings-saved = Modificările au fost salvate.

## Form fields

field-company-name = Numele companiei
field-name = Nume și prenume
field-email = Adresă de e-mail
field-password = Parolă
field-job-title = Funcție
field-phone-number = Număr de telefon
field-interface-language = Limba interfeței
field-sms-language = Limba SMS-urilor
field-email-language = Limba e-mailurilor
field-currency = Monedă
field-timezone = Fus orar
field-date-format = Formatul datei
field-time-format = Formatul orei
field-current-password = Parola actuală
field-new-password = Parola nouă

password-rule = { $count ->
    [one] Parola trebuie să aibă cel puțin { $count } caracter. Parolele des folosite nu sunt acceptate.
    [few] Parola trebuie să aibă cel puțin { $count } caractere. Parolele des folosite nu sunt acceptate.
   *[other] Parola trebuie să aibă cel puțin { $count } de caractere. Parolele des folosite nu sunt acceptate.
}

## Validation errors

error-email-missing = Introduceți adresa de e-mail.
error-email-invalid = Introduceți o adresă de e-mail validă, de exemplu name@example.com.
error-email-taken = Această adresă de e-mail este deja folosită de alt utilizator.
error-name-missing = Introduceți numele și prenumele.
error-name-too-long = Numele este prea lung: folosiți cel mult 100 de caractere.
error-company-missing = Introduceți numele companiei.
error-company-too-long = Numele companiei este prea lung: folosiți cel mult 150 de caractere.
error-job-title-too-long = Denumirea funcției este prea lungă: folosiți cel mult 100 de caractere.
error-phone-missing = Introduceți un număr de telefon.
error-phone-invalid = Introduceți un număr de telefon valid, de exemplu +40 712 034 567. Pentru un număr din afara României, adăugați prefixul țării.
error-password-missing = Introduceți parola.
error-password-too-short = Parola este prea scurtă: folosiți cel puțin 8 caractere.
error-password-too-long = Parola este prea lungă: folosiți cel mult 256 de caractere.
error-password-common = Această parolă este prea des folosită și ușor de ghicit. Alegeți alta.
error-current-password-wrong = Parola actuală nu este corectă.
error-language-unknown = Alegeți una dintre limbile din listă.
error-currency-unknown = Alegeți una dintre monedele din listă.
error-timezone-unknown = Alegeți un fus orar din listă.
error-date-format-unknown = Alegeți unul dintre formatele de dată din listă.
error-time-format-unknown = Alegeți unul dintre formatele de oră din listă.
error-date-invalid = Introduceți data în formatul YYYY-MM-DD.
error-activity-kind-unknown = Alegeți un tip de acțiune din listă.
error-activity-source-unknown = Alegeți o sursă din listă.

## Error pages

error-not-found-title = Pagina nu a fost găsită
error-not-found-message = Pagina pe care o căutați nu există sau nu este disponibilă pentru contul dumneavoastră.
error-internal-title = A apărut o problemă
error-internal-message = Nu am putut finaliza solicitarea. Încercați din nou peste câteva momente. Dacă problema persistă, contactați asistența și menționați ID-ul solicitării de mai jos.
error-unavailable-title = Serviciu temporar indisponibil
error-unavailable-message = Dialback este supraîncărcat sau baza sa de date nu răspunde. Încercați din nou peste câteva momente.
error-csrf-title = Formularul a expirat
error-csrf-message = Din motive de securitate, acest formular nu mai poate fi trimis. Reveniți, reîncărcați pagina și încercați din nou.
error-request-id = ID-ul solicitării:
error-back-home = Mergeți la pagina principală

## Sign-up

signup-title = Creați-vă contul Dialback
signup-intro = Configurați contul companiei. Vă puteți invita echipa mai târziu.
signup-submit = Creați contul
signup-have-account = Aveți deja un cont?

## Sign-in

login-title = Conectați-vă la Dialback
login-submit = Conectare
login-forgot = Ați uitat parola?
login-no-account = Nu aveți încă un cont?
login-wrong-credentials = Adresa de e-mail sau parola nu este corectă.
login-notice-reset = Parola a fost schimbată. Conectați-vă cu parola nouă.
login-throttled = { $count ->
    [one] Prea multe încercări de conectare eșuate. Încercați din nou peste { $count } minut.
    [few] Prea multe încercări de conectare eșuate. Încercați din nou peste { $count } minute.
   *[other] Prea multe încercări de conectare eșuate. Încercați din nou peste { $count } de minute.
}

## Sign-out

logout-title = Deconectare
logout-done = V-ați deconectat.

## Forgotten password

forgot-title = Resetarea parolei
forgot-intro = Introduceți adresa de e-mail cu care vă conectați. Vă vom trimite un link pentru a alege o parolă nouă.
forgot-submit = Trimiteți linkul
forgot-sent = Dacă această adresă aparține unui cont Dialback, v-am trimis un link pentru resetarea parolei. Verificați-vă căsuța de e-mail.
reset-title = Alegeți o parolă nouă
reset-submit = Setați parola nouă
reset-link-invalid = Acest link nu este valid, a expirat sau a fost deja folosit.
reset-request-new = Solicitați un link nou
reset-mail-subject = Resetarea parolei contului Dialback
reset-mail-body =
    Bună ziua, { $name },

    Cineva a solicitat resetarea parolei contului dumneavoastră Dialback. Pentru a alege o parolă nouă, deschideți acest link:

    { $link }

    { $minutes ->
        [one] Linkul poate fi folosit o singură dată și expiră peste { $minutes } minut.
        [few] Linkul poate fi folosit o singură dată și expiră peste { $minutes } minute.
       *[other] Linkul poate fi folosit o singură dată și expiră peste { $minutes } de minute.
    } Dacă nu ați solicitat resetarea, ignorați acest mesaj: parola dumneavoastră rămâne neschimbată.

    Echipa Dialback

## Settings > Profile

profile-title = Profil
profile-phone-stored = Salvat ca { $phone }.

## Settings > Account settings

account-title = Setările contului
account-languages = Limbi
account-currency-owner-only = Doar proprietarul contului sau un administrator poate schimba moneda.
currency-PLN = Zlot polonez
currency-USD = Dolar american
currency-GBP = Liră sterlină
currency-EUR = Euro
currency-BRL = Real brazilian

## Settings > Change password

password-title = Schimbarea parolei
password-intro = După schimbarea parolei, sesiunea curentă rămâne activă, iar toate celelalte sesiuni sunt închise.
password-submit = Schimbați parola

## Settings > Activity

activity-title = Activitate
activity-filter-user = Utilizator
activity-filter-kind = Acțiune
activity-filter-from = De la
activity-filter-to = Până la
activity-filter-any = Oricare
activity-filter-apply = Filtrați
activity-count = { $count ->
    [0] Nu s-a găsit nicio înregistrare.
    [one] S-a găsit { $count } înregistrare.
    [few] S-au găsit { $count } înregistrări.
   *[other] S-au găsit { $count } de înregistrări.
}
activity-empty = Nicio activitate de afișat.
activity-older = Înregistrări mai vechi
activity-user-none = Sistem
activity-col-id = ID
activity-col-user = Utilizator
activity-col-kind = Acțiune
activity-col-source = Sursă
activity-col-time = Data și ora
activity-source-web = Interfață web
activity-source-api = API
activity-source-cli = Linie de comandă
activity-source-system = Sistem
activity-kind-USER_ADDED = Un utilizator a fost adăugat în echipă.
activity-kind-USER_EDITED = Profilul unui utilizator a fost modificat.
activity-kind-USER_DELETED = Un utilizator a fost eliminat din echipă.
activity-kind-USER_SIGNUP = Contul a fost creat.
activity-kind-USER_LOGGED_IN = Un utilizator s-a conectat.
activity-kind-USER_LOGGED_OUT = Un utilizator s-a deconectat.
activity-kind-USER_CHANGED_PASSWORD = Un utilizator și-a schimbat parola.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Un utilizator a solicitat un link de resetare a parolei.
activity-kind-USER_RESET_PASSWORD = Un utilizator a setat o parolă nouă printr-un link de resetare a parolei.
activity-kind-USER_CHANGED_NOTIFICATIONS = Un utilizator și-a modificat setările de notificare.
activity-kind-ACCOUNT_SETTINGS_EDITED = Setările contului au fost modificate.
