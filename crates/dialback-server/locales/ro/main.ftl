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
error-password-personal = Parola nu poate fi identică cu adresa de e-mail sau cu numele dumneavoastră.
error-email-change-needs-password = Introduceți parola actuală pentru a schimba adresa de e-mail.
error-text-hidden-characters = Eliminați caracterele invizibile sau de control, de exemplu tabulatoarele sau întreruperile de rând.
error-language-unknown = Alegeți una dintre limbile din listă.
error-currency-unknown = Alegeți una dintre monedele din listă.
error-timezone-unknown = Alegeți un fus orar din listă.
error-date-format-unknown = Alegeți unul dintre formatele de dată din listă.
error-time-format-unknown = Alegeți unul dintre formatele de oră din listă.
error-date-invalid = Introduceți data în formatul YYYY-MM-DD.
error-activity-user-unknown = Alegeți din listă un utilizator al acestui cont.
error-date-range = Data de sfârșit nu poate fi înaintea datei de început.
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
error-bad-request-title = Solicitarea nu a putut fi procesată
error-bad-request-message = Formularul sau adresa web trimise către Dialback aveau un format incorect sau erau prea mari. Reveniți, reîncărcați pagina și încercați din nou.
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
profile-password-hint = Parola actuală este necesară doar când schimbați adresa de e-mail.
email-changed-subject = Adresa de e-mail pentru conectarea la Dialback a fost schimbată
email-changed-body =
    Bună ziua, { $name },

    Adresa de e-mail cu care vă conectați la Dialback a fost schimbată în { $email }. De acum înainte, mesajele de la Dialback vor fi trimise la această adresă.

    Dacă nu ați făcut dumneavoastră această modificare, resetați-vă imediat parola și contactați proprietarul contului.

    Echipa Dialback

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

## Validation errors of the core

error-role-unknown = Alegeți un rol: proprietar (owner), administrator (admin) sau manager (manager).
error-permission-unknown = Alegeți permisiuni din listă.
error-business-time-invalid = Pentru fiecare zi a programului de lucru, indicați day_of_week de la 0 (duminică) la 6, start_time și end_time în formatul HH:MM (începutul înaintea sfârșitului) și un fus orar valid.
error-domain-invalid = Introduceți un nume de domeniu, de exemplu shop.example.com.
error-call-status-unknown = Alegeți o stare a apelului din listă.

## REST API messages

api-error-field = Valoarea parametrului { $field } nu este validă: { $reason }
api-error-field-sentence = Valoarea parametrului { $field } nu este validă. { $reason }
api-error-missing = Lipsește parametrul { $field }.
api-error-permission = Această cheie API nu are permisiunea { $permission }.
api-error-key-missing = Trimiteți cheia API în antetul Authorization.
api-error-key-invalid = Cheia API nu este validă.
api-error-key-revoked = Cheia API a fost revocată. Creați una nouă în Setări > Chei API.
api-error-key-expired = Cheia API a expirat. Creați una nouă în Setări > Chei API.
api-error-rate-limited = { $count ->
    [one] Prea multe solicitări cu această cheie API. Încercați din nou peste { $count } secundă.
    [few] Prea multe solicitări cu această cheie API. Încercați din nou peste { $count } secunde.
   *[other] Prea multe solicitări cu această cheie API. Încercați din nou peste { $count } de secunde.
}
api-error-internal = Solicitarea nu a putut fi finalizată din cauza unei erori interne. Încercați din nou. Dacă problema persistă, contactați asistența și menționați valoarea antetului X-Request-Id din răspuns.
api-error-bad-request = Cererea nu a putut fi citită: verificați calea, parametrii și codificarea lor în /api/docs.
api-error-widget-not-found = Widgetul nu a fost găsit sau această cheie API nu are acces la el.
api-error-user-not-found = Utilizatorul nu există în acest cont.
api-error-manager-not-found = Managerul nu a fost găsit sau această cheie API nu are acces la widgetul său.
api-error-call-not-found = Apelul nu a fost găsit sau această cheie API nu are acces la widgetul său.
api-error-widget-disabled = Widgetul este dezactivat, deci nu primește apeluri.
api-error-no-manager = Niciun manager nu poate prelua apelul acum. Pentru a-l programa, folosiți widgets/call-or-schedule.
api-reason-not-integer = se așteaptă un număr întreg.
api-reason-not-boolean = se așteaptă 1, 0, true sau false.
api-reason-not-json = se așteaptă JSON.
api-reason-wrong-shape = nu are structura așteptată.
api-reason-limit-range = folosiți un număr între 1 și 1000.
api-reason-offset-negative = folosiți 0 sau un număr mai mare.
api-reason-url = se așteaptă o adresă web, de exemplu https://shop.example.com.
api-reason-too-long = textul este prea lung.
api-reason-text-240 = folosiți cel mult 240 de caractere.
api-reason-department-or-manager = trimiteți fie department_id, fie manager_id, nu pe amândouă.
api-reason-not-this-widget = nu aparține acestui widget.
api-reason-schedule = indicați un moment din viitor ca marcaj de timp Unix în secunde, cu cel mult 30 de zile înainte.
api-reason-message-id = nu este un mesaj al acestui canal.
api-reason-owner-role = un utilizator nou poate avea doar rolul admin sau manager, deoarece contul are deja un proprietar.
api-reason-last-owner = ultimul proprietar al contului nu poate fi eliminat și nici nu i se poate schimba rolul.
api-reason-status = folosiți stări ale apelurilor, de exemplu completed sau manager-failed.
api-reason-field-name = folosiți între 1 și 100 de caractere.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Vă vom suna pe { $time }. Vă mulțumim pentru răbdare.
sms-visitor-cancel-scheduled = Apelul programat a fost anulat.
sms-visitor-dial-completed = Vă mulțumim pentru convorbire. Vă stăm oricând la dispoziție.
voice-client-start = Bună ziua! Vă rugăm să rămâneți la telefon, vă facem legătura cu un consultant.
voice-client-end-success = Vă mulțumim pentru convorbire. La revedere.
voice-client-end-failed = Din păcate, nu v-am putut face legătura cu un consultant. Vă vom suna înapoi în curând.
voice-manager-start = Aveți un apel de pe site. Vă facem acum legătura cu vizitatorul.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = A fost adăugat un widget.
activity-kind-WIDGET_EDITED = Un widget a fost modificat.
activity-kind-WIDGET_DELETED = Un widget a fost șters.
activity-kind-API_KEY_CREATED = A fost creată o cheie API.
activity-kind-API_KEY_REVOKED = O cheie API a fost revocată.
activity-kind-CALL_REQUESTED = A fost solicitat un apel.
activity-kind-CALL_FIELD_EDITED = Un câmp personalizat al unui apel a fost modificat.
activity-kind-CALL_CANCELLED = Un apel a fost anulat.

## Settings > API keys

api-keys-title = Chei API
api-keys-intro = Cheile permit aplicațiilor dumneavoastră să folosească API-ul REST Dialback. Fiecare cheie poate folosi doar widgeturile și permisiunile pe care i le acordați.
api-keys-created = Mai jos este noua dumneavoastră cheie API. Copiați-o acum, deoarece este afișată o singură dată.
api-keys-owner-only = Doar proprietarul contului sau un administrator poate gestiona cheile API.
api-keys-empty = Contul nu are încă nicio cheie API.
api-keys-col-description = Descriere
api-keys-col-key = Cheie
api-keys-col-access = Acces
api-keys-col-created = Data creării
api-keys-col-last-used = Ultima utilizare
api-keys-col-state = Stare
api-keys-col-actions = Acțiuni
api-keys-revoke = Revocați
api-keys-new = Cheie API nouă
api-keys-all-widgets = Toate widgeturile, inclusiv cele viitoare
api-keys-create = Creați cheia
api-keys-never-used = Niciodată
api-keys-last-used-from = { $time } de la adresa { $ip }
api-keys-state-active = Activă
api-keys-state-revoked = Revocată
api-keys-state-expired = Expirată
api-keys-expires-on = Expiră pe { $date }
api-keys-widgets-all = Toate widgeturile
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [few] { $count } widgeturi
   *[other] { $count } de widgeturi
}
api-keys-revoked-notice = Cheia API a fost revocată. Integrările care o folosesc încetează imediat să funcționeze.
field-api-key-description = Descriere (opțional)
field-api-key-widgets = Widgeturi
field-api-key-permissions = Permisiuni
field-api-key-expires = Data expirării (opțional)
error-api-key-widgets-missing = Alegeți toate widgeturile sau cel puțin unul.
error-api-key-permissions-missing = Alegeți cel puțin o permisiune.
error-api-key-expiry-past = Alegeți o dată din viitor sau lăsați câmpul gol.
error-api-key-description-too-long = Descrierea este prea lungă: folosiți cel mult 200 de caractere.
permission-calls = Apeluri: acces complet
permission-calls-view = Apeluri: citirea istoricului
permission-managers = Utilizatori și manageri: acces complet
permission-managers-view = Utilizatori și manageri: citire
permission-managers-edit = Manageri: atribuire și modificare
permission-sms = Texte SMS: acces complet
permission-sms-view = Texte SMS: citire
permission-sms-edit = Texte SMS: modificare
permission-voice = Mesaje vocale: acces complet
permission-voice-view = Mesaje vocale: citire
permission-voice-edit = Mesaje vocale: modificare
permission-widgets = Widgeturi: acces complet
permission-widgets-view = Widgeturi: citire
permission-widgets-edit = Widgeturi: creare, modificare și ștergere
permission-widgets-call = Widgeturi: solicitarea apelurilor

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Acest widget nu este disponibil.
widget-title = Doriți să vă sunăm înapoi?
widget-phone-label = Numărul dumneavoastră de telefon
widget-call-button = Sunați-mă acum
widget-schedule-button = Sunați-mă mai târziu
widget-unavailable-now = Consultanții noștri nu sunt disponibili momentan. Alegeți o oră și vă vom suna noi.
widget-call-coming = Vă mulțumim! Telefonul vă va suna în câteva clipe.
widget-call-scheduled = Vă mulțumim! Vă vom suna la ora aleasă.

## REST API reference page

api-docs-title = API-ul REST Dialback
api-docs-intro = API-ul este compatibil cu API-ul extern CallPage: aceleași căi, același format al răspunsului și același antet pentru cheie. Trimiteți cheia creată în Setări > Chei API în antetul Authorization, singură sau sub forma „Bearer <cheie>”. La solicitările GET, parametrii se trimit în șirul de interogare (query string), iar la celelalte, în corpul solicitării, ca form-urlencoded sau JSON. Fiecare răspuns conține câmpurile hasError, errorCode, message, data și meta. Parametrii marcați cu * sunt obligatorii. Descrierile endpointurilor sunt în limba engleză.
api-docs-openapi = Documentul OpenAPI 3.1
api-docs-permission = Permisiune:
api-docs-parameter = Parametru
api-docs-type = Tip
api-docs-description = Descriere
api-docs-any-key = orice cheie validă

## My team

nav-team = Echipa mea
team-title = Echipa mea
team-col-state = Stare
team-state-enabled = Activ
team-state-disabled = Inactiv
team-add = Adăugați un membru al echipei
team-add-hint = Noul membru se poate conecta după ce își alege o parolă folosind linkul „Ați uitat parola?” de pe pagina de conectare.
team-add-submit = Adăugați membrul
team-owner-only = Doar proprietarul contului sau un administrator poate modifica echipa.
team-edit-title = Editarea membrului echipei
team-back = Înapoi la echipă
team-enabled = Activ: se poate conecta și poate prelua apeluri
team-delete = Eliminați din echipă
team-verify-number = Verifică
team-caller-id-verified = Verificat
team-last-owner = Ultimul proprietar al contului nu poate fi eliminat și nici nu i se poate schimba rolul.
team-self-delete = Nu vă puteți elimina singur din echipă. Rugați un alt proprietar sau administrator să facă acest lucru.
field-role = Rol
role-owner = Proprietar
role-admin = Administrator
role-manager = Manager

## Widgets

nav-widgets = Widgeturi
nav-calls = Apeluri
action-add = Adăugați
action-remove = Eliminați
widgets-title = Widgeturi
widgets-empty = Contul nu are încă niciun widget. Adăugați primul widget mai jos.
widgets-col-state = Stare
widgets-col-managers = Manageri
widgets-add = Adăugați un widget
widgets-add-submit = Adăugați widgetul
widgets-back = Înapoi la widgeturi
widgets-widget = Widget
widgets-state-enabled = Activat: vizitatorii văd widgetul și pot solicita apeluri.
widgets-state-disabled = Dezactivat: vizitatorii nu văd widgetul.
widgets-enable = Activați
widgets-disable = Dezactivați
widgets-duplicate = Duplicați
widgets-delete = Ștergeți widgetul
widgets-general = General
widgets-busy-mode-hint = Activat: când toți managerii sunt ocupați, solicitarea vizitatorului este refuzată. Dezactivat: vizitatorii pot programa apelul la o anumită oră.
widgets-domains = Domenii de încredere
widgets-domains-hint = Widgetul funcționează doar pe aceste site-uri. Dacă nu este listat niciun domeniu, funcționează pe orice site.
widgets-departments = Departamente
widgets-managers = Manageri
widgets-no-managers = Deocamdată niciun manager nu preia apelurile acestui widget.
widgets-add-manager = Adăugați managerul
widgets-manager-enabled = preia apeluri
widgets-manager-disabled = în pauză
widgets-manager-pause = Puneți în pauză
widgets-manager-resume = Reluați
widgets-days-off = Zile libere
widgets-embed = Adresa de configurare a widgetului
widgets-embed-hint = Scriptul widgetului de pe site-ul dumneavoastră își citește configurația de la această adresă.
widgets-preview = Previzualizează widgetul
widgets-preview-hint = Așa vede widgetul un vizitator de la adresa dvs. actuală. O adresă de pe lista neagră nu vede nimic.
widgets-hours-none = fără program de lucru
widgets-no-department = Fără departament
widgets-no-users = Adăugați mai întâi membri ai echipei care au un număr de telefon.
field-widget-url = Adresa site-ului
field-widget-description = Descriere
field-widget-language = Limba widgetului
field-widget-timezone = Fusul orar al widgetului
field-widget-busy-mode = Modul „ocupat”
field-widget-domain = Domeniu
field-widget-department = Numele departamentului
field-widget-user = Membru al echipei
field-widget-days = Zile lucrătoare
field-widget-start = Ora de început
field-widget-end = Ora de sfârșit
field-widget-days-off = Zile libere, câte o dată pe rând (YYYY-MM-DD)
error-widget-url-invalid = Introduceți adresa unui site, de exemplu https://shop.example.com.
error-widget-description-too-long = Descrierea este prea lungă: folosiți cel mult 500 de caractere.
error-department-name = Introduceți un nume de departament de cel mult 100 de caractere.
error-manager-user = Alegeți un membru al echipei din acest cont.
error-manager-days = Alegeți cel puțin o zi lucrătoare, cu ora de început înaintea orei de sfârșit.
error-days-off-invalid = Scrieți fiecare zi liberă pe un rând separat, în formatul YYYY-MM-DD.
weekday-0 = Duminică
weekday-1 = Luni
weekday-2 = Marți
weekday-3 = Miercuri
weekday-4 = Joi
weekday-5 = Vineri
weekday-6 = Sâmbătă

## Calls

calls-title = Apeluri
calls-call = Apel
calls-back = Înapoi la apeluri
calls-col-phone = Număr de telefon
calls-col-status = Stare
calls-col-manager = Manager
calls-col-duration = Durata convorbirii
calls-widget = Widget
calls-requested = Solicitat
calls-scheduled-for = Programat pentru
calls-page = Pagina
calls-fields = Detalii lăsate de vizitator
calls-events = Desfășurarea apelului
calls-filter-status = Stare
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Nu s-a găsit niciun apel.
    [one] S-a găsit { $count } apel.
    [few] S-au găsit { $count } apeluri.
   *[other] S-au găsit { $count } de apeluri.
}
calls-duration = { $count ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}
calls-nobody = —
calls-cancel = Anulează apelul
call-status-new = Așteaptă un manager liber
call-status-scheduled = Programat
call-status-ringing = Se sună managerul
call-status-in-progress = Conectat
call-status-completed = Finalizat
call-status-manager-failed = Niciun manager nu a răspuns
call-status-user-failed = Vizitatorul nu a răspuns
call-status-failed = Eșuat
call-status-cancelled = Anulat

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Data adăugării
limits-title = Limite
limits-intro = Din motive de securitate, fiecare cont are limite pentru apeluri. Pentru a modifica o limită, descrieți-vă situația mai jos. Operatorul Dialback analizează fiecare solicitare.
limits-col-limit = Limită
limits-col-value = Valoare
limits-col-use = Utilizare curentă
limits-col-change = Modificare
limits-col-state = Stare
limit-max_calls_in_progress = Apeluri simultane în desfășurare
limit-max_conversation_duration = Durata maximă a unei convorbiri
limit-scheduled_calls_per_timestamp = Apeluri programate pentru același moment
limits-use-calls = { $count ->
    [one] { $count } apel în curs acum (sună sau este conectat)
    [few] { $count } apeluri în curs acum (sună sau sunt conectate)
   *[other] { $count } de apeluri în curs acum (sună sau sunt conectate)
}
limits-use-longest = { $count ->
    [one] cea mai lungă convorbire de până acum: { $count } secundă
    [few] cea mai lungă convorbire de până acum: { $count } secunde
   *[other] cea mai lungă convorbire de până acum: { $count } de secunde
}
limits-use-busiest = { $count ->
    [one] cel mai aglomerat moment programat: { $count } apel
    [few] cel mai aglomerat moment programat: { $count } apeluri
   *[other] cel mai aglomerat moment programat: { $count } de apeluri
}
limits-request = Solicitați modificarea unei limite
limits-request-submit = Trimiteți solicitarea
limits-requests = Solicitările dumneavoastră
limits-state-pending = În așteptarea unei decizii
limits-state-approved = Aprobată
limits-state-rejected = Respinsă
field-limit = Limită
field-limit-new-value = Valoare nouă
field-limit-description = De ce aveți nevoie de această modificare?
error-limit-unknown = Alegeți una dintre limitele din listă.
error-limit-value = Introduceți un număr întreg între 1 și valoarea maximă a limitei (10.000 de apeluri sau 86.400 de secunde).
error-limit-description = Descrieți-vă situația folosind între 10 și 2000 de caractere.
ip-title = Adrese IP
ip-intro = Vizitatorii de la o adresă sau dintr-un interval aflat pe lista neagră nu văd widgeturile dumneavoastră și nu pot solicita apeluri. Adresele de pe lista albă nu sunt restricționate niciodată, nici măcar prin adăugarea automată pe lista neagră a adreselor care solicită multe apeluri și nu răspund la niciunul.
ip-empty = Ambele liste sunt goale.
ip-add = Adăugați o adresă sau un interval
ip-col-hits = Potriviri
ip-list-whitelist = Lista albă
ip-list-blacklist = Lista neagră
field-ip-address = Adresă IP sau interval (CIDR)
field-ip-list-type = Listă
field-ip-note = Notă (opțional)
error-ip-missing = Introduceți o adresă IP sau un interval, de exemplu 203.0.113.0/24.
error-ip-invalid = Introduceți o adresă IPv4 sau IPv6 validă ori un interval în notația CIDR, de exemplu 203.0.113.0/24.
error-ip-list-type = Alegeți lista albă sau lista neagră.
error-ip-note = Nota este prea lungă sau conține caractere ascunse: folosiți cel mult 200 de caractere vizibile.
error-ip-overlap = Adresa sau intervalul se suprapune cu intrarea { $network } de pe { $list }. Eliminați mai întâi acea intrare sau introduceți un interval care nu se suprapune cu ea.
numbers-title = Numere pe lista neagră
numbers-intro = Dialback nu apelează niciodată un număr de telefon aflat pe această listă.
numbers-empty = Niciun număr nu este pe lista neagră.
numbers-add = Adăugați un număr pe lista neagră
error-number-listed = Acest număr este deja pe lista neagră.
error-number-blacklisted = Acest număr de telefon este pe lista neagră a contului, așa că nu primește apeluri.
public-error-call-refused = Nu putem suna la acest număr. Vă rugăm să ne contactați în alt mod.
error-slot-full = Această oră este deja complet rezervată. Alegeți alta.
api-error-address-blocked = Adresa IP a vizitatorului este pe lista neagră a contului.
api-error-calls-limit = Contul a atins limita de apeluri în desfășurare. Încercați din nou după ce se încheie un apel sau solicitați o limită mai mare în Setări > Limite.
api-error-tag-not-found = Eticheta nu există în acest cont.
caller-ids-title = ID-uri de apelant
caller-ids-intro = Toate numerele de telefon adăugate vreodată în cont. Vizitatorii văd numărul unui manager ca număr al apelantului doar după ce acesta este verificat. Până atunci, văd numărul Dialback.
caller-ids-empty = Nu a fost adăugat încă niciun număr de telefon în cont.
caller-ids-col-verified = Verificat
caller-ids-not-verified = Neverificat
caller-ids-send-sms = Trimiteți un cod prin SMS
caller-ids-send-voice = Trimiteți un cod prin apel vocal
caller-ids-verify = Verificați
caller-ids-code-message = Codul dumneavoastră de verificare Dialback este { $code }. Expiră peste 10 minute.
field-caller-id-code = Cod din șase cifre
error-code-wrong = Codul nu este corect. Verificați-l și încercați din nou.
error-code-expired = Codul a expirat sau nu a fost trimis niciun cod. Trimiteți un cod nou.
error-code-attempts = Prea multe coduri greșite. Trimiteți un cod nou.
tags-title = Etichete
tags-intro = Etichetele marchează apelurile după subiect, ca să le puteți găsi și filtra ușor.
tags-empty = Contul nu are încă nicio etichetă.
tags-add = Adăugați o etichetă
tags-col-updated = Ultima modificare
field-tag-label = Denumire
field-tag-color = Culoare
error-tag-label = Introduceți o denumire de 1 până la 50 de caractere vizibile.
error-tag-color = Alegeți o culoare sub forma # urmat de șase cifre hexazecimale, de exemplu #0b6bcb.
error-tag-duplicate = O altă etichetă are deja această denumire.
calls-tag = Etichetă
calls-add-tag = Adăugați eticheta
activity-kind-CALL_TAGGED = Un apel a fost etichetat.
activity-kind-CALL_UNTAGGED = O etichetă a fost eliminată de pe un apel.
activity-kind-LIMIT_CHANGE_REQUESTED = A fost solicitată modificarea unei limite.
activity-kind-LIMIT_CHANGE_APPROVED = A fost aprobată modificarea unei limite.
activity-kind-LIMIT_CHANGE_REJECTED = A fost respinsă modificarea unei limite.
activity-kind-IP_ADDRESS_ADDED = O adresă IP a fost adăugată pe o listă.
activity-kind-IP_ADDRESS_REMOVED = O adresă IP a fost eliminată de pe o listă.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = O adresă IP a fost adăugată automat pe lista neagră, deoarece a solicitat multe apeluri fără să răspundă la niciunul.
activity-kind-BLACKLISTED_NUMBER_ADDED = Un număr de telefon a fost adăugat pe lista neagră.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Un număr de telefon a fost eliminat de pe lista neagră.
activity-kind-CALLER_ID_ADDED = A fost adăugat un ID de apelant.
activity-kind-CALLER_ID_VERIFICATION_SENT = A fost trimis un cod de verificare pentru un ID de apelant.
activity-kind-CALLER_ID_VERIFIED = Un ID de apelant a fost verificat.
activity-kind-CALLER_ID_DELETED = Un ID de apelant a fost șters.
activity-kind-TAG_ADDED = A fost adăugată o etichetă.
activity-kind-TAG_EDITED = O etichetă a fost modificată.
activity-kind-TAG_DELETED = O etichetă a fost ștearsă.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notificări
live-dismiss = Închide
live-open = Deschide
live-enable-desktop = Afișează notificările pe desktop
report-daily-subject = Raport zilnic pentru { $date }
report-weekly-subject = Raport săptămânal pentru { $first } – { $last }
report-daily-intro = Apelurile prin widgeturile dvs. din { $date } (fus orar { $timezone }).
report-weekly-intro = Apelurile prin widgeturile dvs. între { $first } și { $last } (fus orar { $timezone }).
report-col-widget = Widget
report-col-requested = Solicitate
report-col-answered = Preluate
report-col-missed = Pierdute
report-col-average-wait = Așteptare medie
report-col-average-talk = Durată medie a convorbirii
report-col-day = Zi
report-total = Toate widgeturile
report-none = —
report-chart-title = Apeluri pe zi
report-chart-alt = Grafic cu bare al apelurilor pe zi; tabelul de mai jos conține aceleași cifre.
report-legend-answered = Preluate
report-legend-missed = Pierdute
report-legend-other = Alte rezultate: anulate, eșuate sau neîncheiate
report-open-calls = Deschide lista de apeluri
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Mesaje
messages-title = Mesaje
messages-intro = Mesajele lăsate de vizitatori în widgeturile dumneavoastră, cele mai noi primele.
messages-count = { $count ->
    [0] Încă nu există mesaje.
    [one] { $count } mesaj.
    [few] { $count } mesaje.
   *[other] { $count } de mesaje.
}
messages-col-widget = Widget
messages-col-visitor = Vizitator
messages-col-text = Mesaj
error-message-text-missing = Scrieți un mesaj.
error-message-text-too-long = Scurtați mesajul la cel mult 2000 de caractere.
error-message-contact-missing = Introduceți un număr de telefon sau o adresă de e-mail, ca să vă putem răspunde.
public-error-message-refused = Nu putem accepta acest mesaj. Vă rugăm să ne contactați în alt mod.
widget-message-received = Vă mulțumim! Am primit mesajul dumneavoastră și vă vom răspunde în curând.
activity-kind-MESSAGE_RECEIVED = Un vizitator a lăsat un mesaj.
activity-kind-WEBHOOK_ADDED = A fost adăugat un webhook.
activity-kind-WEBHOOK_ENABLED = A fost activat un webhook.
activity-kind-WEBHOOK_DISABLED = A fost dezactivat un webhook.
activity-kind-WEBHOOK_SECRET_ROTATED = Secretul de semnare al unui webhook a fost înlocuit.
activity-kind-WEBHOOK_DELETED = A fost șters un webhook.
webhooks-title = Webhookuri
webhooks-intro = Când are loc unul dintre evenimentele alese, Dialback trimite la fiecare adresă de mai jos o cerere POST semnată, cu JSON. Trimiterile eșuate sunt reluate la intervale tot mai lungi.
webhooks-owner-only = Doar proprietarii și administratorii contului pot gestiona webhookurile.
webhooks-empty = Contul nu are încă webhookuri.
webhooks-col-url = Adresă
webhooks-col-events = Evenimente
webhooks-col-secret = Secret de semnare
webhooks-col-state = Stare
webhooks-state-enabled = Activat
webhooks-state-disabled = Dezactivat
webhooks-log = Jurnalul trimiterilor
webhooks-enable = Activați
webhooks-disable = Dezactivați
webhooks-rotate-secret = Înlocuiți secretul
webhooks-signature-hint = Fiecare cerere are antetul Dialback-Signature: t=<ora Unix>,v1=<HMAC-SHA256 în hexazecimal al orei, al unui punct și al corpului, cu secretul de semnare drept cheie>. Verificați-l înainte de a avea încredere într-o cerere.
webhooks-add = Adăugați un webhook
field-webhook-url = Adresă (URL)
field-webhook-events = Evenimente de trimis
error-webhook-url-missing = Introduceți adresa care trebuie să primească evenimentele.
error-webhook-url-too-long = Scurtați adresa la cel mult 2000 de caractere.
error-webhook-url-invalid = Introduceți o adresă completă care începe cu https:// sau http://, de exemplu https://example.com/dialback.
error-webhook-url-credentials = Introduceți adresa fără nume de utilizator și parolă.
error-webhook-url-forbidden = Această adresă duce la { $address }, care nu face parte din internetul public. Webhookurile pot ajunge doar la adrese publice.
error-webhook-url-unresolved = Numele de gazdă din această adresă nu a fost găsit. Verificați cum este scris.
error-webhook-events-missing = Alegeți cel puțin un eveniment din listă.
error-webhook-too-many = { $count ->
    [one] Un cont poate avea cel mult { $count } webhook. Ștergeți mai întâi unul.
    [few] Un cont poate avea cel mult { $count } webhookuri. Ștergeți mai întâi unul.
   *[other] Un cont poate avea cel mult { $count } de webhookuri. Ștergeți mai întâi unul.
}
webhooks-event-call-new = Apel nou
webhooks-event-call-scheduled = Apel programat
webhooks-event-call-ringing = Apelul sună
webhooks-event-call-completed = Apel încheiat
webhooks-event-call-missed = Apel pierdut
webhooks-event-call-scheduled-failed = Apel programat eșuat
webhooks-event-call-custom-fields = Câmpuri personalizate completate de un vizitator
webhooks-event-call-additional-data = Vizitatorul a lăsat date suplimentare
webhooks-event-message-new = Mesaj nou
webhooks-log-title = Jurnalul trimiterilor webhookului
webhooks-back = Înapoi la webhookuri
webhooks-col-event = Eveniment
webhooks-col-attempts = Încercări
webhooks-no-attempts = Netrimis încă.
webhooks-deliveries-count = { $count ->
    [0] Încă nu s-a trimis nimic la acest webhook.
    [one] { $count } trimitere.
    [few] { $count } trimiteri.
   *[other] { $count } de trimiteri.
}
webhooks-status-delivered = Livrat
webhooks-status-failed = Eșuat; nu mai urmează încercări
webhooks-status-pending = În așteptarea trimiterii
webhooks-status-retrying = Eșuat; următoarea încercare la { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Refuzat: adresa nu face parte din internetul public
webhooks-error-unresolved = Numele de gazdă nu a fost găsit
webhooks-error-timeout = Niciun răspuns la timp
webhooks-error-connect = Conexiunea a eșuat
webhooks-error-too-many-redirects = Prea multe redirecționări
webhooks-error-invalid-redirect = O redirecționare fără o adresă-țintă validă
webhooks-error-request = Cererea a eșuat
# Notifications (branch notify)
notifications-title = Notificări
notifications-intro = Alegeți ce evenimente vă ajung pe fiecare canal. Modificările se aplică după ce apăsați Salvați.
notifications-col-event = Eveniment
notifications-not-offered = Indisponibil pe acest canal
notifications-error-unknown = Formularul conținea o opțiune care nu există, așa că nu s-a salvat nimic. Reîncărcați pagina și încercați din nou.
notifications-sms-to = SMS-urile merg la { $phone }, numărul din profilul dumneavoastră.
notifications-sms-no-phone = Adăugați un număr de telefon în profil pentru a primi SMS-uri.
notifications-mobile-devices = Dispozitive mobile înregistrate pentru notificări push: { $count }. Aplicațiile le înregistrează prin API-ul REST.
notifications-test-title = Trimiteți un test
notifications-test-hint = Un test trece prin aceeași coadă ca notificările reale, așa că apare și în jurnalul trimiterilor.
notifications-test-sms = Trimiteți un SMS de test
notifications-test-email = Trimiteți un e-mail de test
notifications-test-desktop = Trimiteți o notificare desktop de test
notifications-test-mobile = Trimiteți o notificare push de test
notifications-test-queued = Notificarea de test este pe drum.
notifications-log-title = Jurnalul trimiterilor
notifications-log-empty = Încă nu vi s-a trimis nimic.
notifications-log-col-what = Notificare
notifications-log-col-when = Creată
notifications-log-col-channel = Canal
notifications-log-col-status = Stare
notifications-log-col-attempts = Încercări
notifications-log-col-error = Ultima eroare
notifications-log-sent-at = trimisă la { $time }
notifications-log-older = Trimiteri mai vechi
notifications-status-pending = În așteptare
notifications-status-sent = Trimisă
notifications-status-failed = Eșuată
notifications-error-no-phone = Profilul dumneavoastră nu are un număr de telefon.
notifications-error-no-device = Nu aveți niciun dispozitiv mobil înregistrat.
notifications-error-user-gone = Destinatarul nu mai există.
notifications-error-user-disabled = Utilizatorul destinatar este dezactivat.
notifications-error-unknown-kind = Această versiune Dialback nu cunoaște această notificare.
profile-notifications-link = Alegeți ce notificări primiți
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Desktop
notify-channel-mobile = Mobil
notify-event-call-new = Apel nou
notify-event-call-scheduled = Apel programat nou
notify-event-call-ringing = Telefonul sună
notify-event-call-completed = Apel încheiat, cu detalii
notify-event-call-missed = Apel pierdut
notify-event-call-scheduled-failed = Apel programat eșuat
notify-event-call-custom-fields = Câmpuri personalizate completate de un vizitator
notify-event-call-additional-data = Vizitatorul a lăsat date suplimentare
notify-event-message-new = Mesaj nou
notify-event-widget-installed = Widget nou instalat
notify-event-product-update = Noutăți despre produs
notify-event-report-daily = Raportul zilnic al widgetului
notify-event-report-weekly = Raportul săptămânal al widgetului
notify-event-notification-test = Notificare de test
notify-event-subscription-expired = Abonament expirat
notify-label-phone = Numărul vizitatorului
notify-label-time = Ora
notify-label-scheduled = Programat pentru
notify-label-widget = Widget
notify-label-manager = Manager
notify-label-duration = Convorbire
notify-label-email = E-mail
notify-open-link = Deschideți în Dialback
notify-email-footer = Primiți acest mesaj datorită setărilor de notificare din Dialback. Le puteți modifica în Setări > Notificări.
notify-call-new-subject = Cerere nouă de apel de la { $phone }
notify-call-new-body = { $phone } a cerut să fie sunat înapoi prin { $widget } la { $time }.
notify-call-new-sms = Cerere nouă de apel de la { $phone } la { $time }.
notify-call-scheduled-subject = { $phone } a rezervat un apel pentru { $scheduled }
notify-call-scheduled-body = { $phone } a rezervat prin { $widget } un apel pentru { $scheduled }.
notify-call-scheduled-sms = Apel rezervat de { $phone } pentru { $scheduled }.
notify-call-ringing-subject = Sună: apel pentru { $phone }
notify-call-ringing-body = Telefonul unui manager sună pentru apelul cerut de { $phone } prin { $widget }.
notify-call-ringing-sms = Sună acum: apel pentru { $phone }.
notify-call-completed-subject = Apelul cu { $phone } s-a încheiat ({ $duration })
notify-call-completed-body = { $manager } a vorbit cu { $phone } timp de { $duration }. Apelul s-a încheiat la { $time }.
notify-call-completed-sms = Apel încheiat: { $phone }, { $duration } cu { $manager }, sfârșit { $time }.
notify-call-missed-subject = Apel pierdut de la { $phone }
notify-call-missed-manager-body = Niciun manager nu a răspuns la apelul cerut de { $phone } prin { $widget }. S-a încheiat la { $time }; sunați vizitatorul înapoi cât mai curând.
notify-call-missed-manager-sms = Apel pierdut de la { $phone } la { $time }: niciun manager nu a răspuns.
notify-call-missed-visitor-body = Vizitatorul { $phone } nu a răspuns la apelul înapoi cerut prin { $widget }. S-a încheiat la { $time }.
notify-call-missed-visitor-sms = Apel pierdut cu { $phone } la { $time }: vizitatorul nu a răspuns.
notify-call-scheduled-failed-subject = Apelul programat cu { $phone } a eșuat
notify-call-scheduled-failed-body = Apelul pe care { $phone } l-a rezervat pentru { $scheduled } nu a putut fi efectuat. S-a încheiat la { $time }.
notify-call-scheduled-failed-sms = Apelul programat cu { $phone } a eșuat la { $time }.
notify-call-custom-fields-subject = { $phone } a completat câmpuri personalizate
notify-call-custom-fields-body = Vizitatorul { $phone } a completat câmpuri personalizate ale apelului cerut prin { $widget }. Mai jos sunt toate câmpurile completate până acum.
notify-call-custom-fields-sms = { $phone } a completat câmpuri personalizate ale apelului.
notify-call-additional-data-subject = { $phone } a lăsat date suplimentare
notify-call-additional-data-body = Vizitatorul { $phone } a lăsat date suplimentare la apelul cerut prin { $widget }.
notify-call-additional-data-sms = { $phone } a lăsat date suplimentare la apel.
notify-message-new-subject = Mesaj nou de la un vizitator pe { $widget }
notify-message-new-body = Un vizitator a lăsat un mesaj pe { $widget } la { $time }:
notify-message-new-sms = Mesaj nou pe { $widget }:
notify-widget-installed-subject = Widgetul dumneavoastră funcționează pe { $domain }
notify-widget-installed-body = Widgetul pentru { $widget } s-a încărcat pentru prima dată pe { $domain } la { $time }. Vizitatorii pot cere acum de acolo să fie sunați înapoi.
notify-widget-installed-sms = Vizitatorii site-ului { $domain } pot cere acum să fie sunați înapoi.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Raportul zilnic al widgeturilor dumneavoastră
notify-report-weekly-subject = Raportul săptămânal al widgeturilor dumneavoastră
notify-notification-test-subject = Notificare de test Dialback
notify-notification-test-body = Aceasta este o notificare de test pe canalul { $channel }. Dacă v-a ajuns, și notificările Dialback vă vor ajunge acolo.
notify-notification-test-sms = Notificare de test Dialback pe canalul { $channel }: primită.
activity-kind-PUSH_DEVICE_REGISTERED = Un dispozitiv mobil a fost înregistrat pentru notificări push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Un dispozitiv mobil a fost eliminat din notificările push.
api-reason-device-token = folosiți tokenul emis de platforma dispozitivului: cel mult 4096 de caractere, fără spații.
api-reason-device-platform = folosiți android sau ios.
api-error-device-not-found = Acest token de dispozitiv nu există în acest cont.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Lunar
billing-period-annual = Anual
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Transfer bancar
subscription-title = Abonament
subscription-paid = Vă mulțumim. Plata este confirmată, iar planul dumneavoastră s-a schimbat.
subscription-current-plan = Planul actual
subscription-expires-on = Valabil până la
subscription-expired-on = A expirat la
subscription-plans = Planuri
subscription-no-plans = Încă nu sunt planuri în ofertă.
subscription-prices-net = Prețuri fără TVA, în moneda contului. TVA-ul se adaugă la comandă.
subscription-change = Schimbați planul
subscription-see-price = Vedeți prețul
subscription-pending = Plăți care așteaptă confirmarea
subscription-pay-now = Plătiți
payment-reference = Referința plății
checkout-field-plan = Plan
checkout-field-billing-period = Perioadă de facturare
checkout-field-payment-system = Sistem de plată
checkout-field-full-name = Nume complet
checkout-field-company = Denumirea firmei (dacă cumpărați ca firmă)
checkout-field-tax-id = CUI sau cod de TVA
checkout-field-country = Țara (cod din două litere, de exemplu RO)
checkout-field-city = Localitate
checkout-field-address = Adresă
checkout-field-zip-code = Cod poștal
checkout-title = Comandă
checkout-price = Prețul planului
checkout-credit = Deducere pentru partea nefolosită a planului actual
checkout-credit-rule = Deducerea este suma plătită pentru perioada curentă înmulțită cu partea din perioadă care a rămas, rotunjită la cea mai mică unitate a monedei.
checkout-net = Fără TVA
checkout-vat = TVA { $rate }%
checkout-vat-amount = TVA
checkout-gross = Total de plată
checkout-downgrade = Ce pierdeți cu acest plan
checkout-downgrade-intro = Noul plan coboară aceste limite sub valorile actuale. Ele se schimbă imediat ce plata este confirmată.
checkout-downgrade-now = Acum
checkout-downgrade-after = Cu noul plan
checkout-downgrade-confirm = Înțeleg că aceste limite vor fi reduse.
checkout-details = Date de facturare
checkout-submit = Mergeți la plată
proforma-title = Factură proformă
proforma-intro = Transferați totalul de mai jos în acest cont și menționați referința plății. Planul se schimbă când operatorul înregistrează plata.
proforma-paid = Această plată este confirmată.
proforma-recipient = Beneficiar
proforma-bank = Banca
proforma-account = Număr de cont
proforma-amount = Suma de plată
proforma-issued = Emisă la
proforma-back = Înapoi la abonament
sandbox-title = Mediu de test pentru plăți
sandbox-intro = Această pagină de test ține locul furnizorului de plăți. Nu se încasează bani.
sandbox-pay = Confirmați plata
sandbox-cancel = Anulați și reveniți la Dialback
invoices-title = Facturi
invoices-empty = Încă nu există facturi. Pentru fiecare plată confirmată se emite o factură.
invoices-col-number = Număr
invoices-col-transaction = ID tranzacție
invoices-col-price = Preț
invoices-col-paid = Data plății
invoices-col-kind = Tip
invoices-download = Descărcați PDF
invoice-kind-subscription = Abonament
invoice-kind-one_time = Unică
invoice-line-subscription = Planul { $plan }, { $period }
invoice-line-subscription-credit = Planul { $plan }, { $period }, minus un credit de { $credit } pentru partea nefolosită a planului anterior
error-money-invalid = Introduceți o sumă precum 49.99, cu punct înaintea banilor.
error-money-precision = Introduceți cel mult două cifre după punct.
error-billing-period-unknown = Alegeți facturarea lunară sau anuală.
error-payment-system-unknown = Alegeți un sistem de plată din listă.
error-invoice-kind-unknown = Alegeți abonament sau plată unică.
error-plan-unknown = Alegeți un plan din listă.
error-plan-no-price = Acest plan nu are preț în moneda contului pentru această perioadă. Alegeți alt plan sau altă perioadă.
error-checkout-required = Completați acest câmp (cel mult 200 de caractere).
error-checkout-country = Introduceți codul țării din două litere, de exemplu RO sau MD.
error-checkout-tax-id-required = O firmă trebuie să își indice codul fiscal.
error-checkout-confirm-downgrade = Confirmați că acceptați limitele mai mici.
activity-kind-PAYMENT_STARTED = A fost inițiată o plată.
activity-kind-PAYMENT_CONFIRMED = A fost confirmată o plată.
activity-kind-PAYMENT_CALLBACK_REJECTED = A fost respinsă o notificare de plată.
activity-kind-SUBSCRIPTION_CHANGED = Planul abonamentului s-a schimbat.
activity-kind-INVOICE_ISSUED = A fost emisă o factură.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Introduceți codul fiscal.
error-tax-id-characters = Acest cod fiscal conține caractere pe care codurile din țara aleasă nu le folosesc.
error-tax-id-length = Acest cod fiscal are un număr greșit de caractere pentru țara aleasă.
error-tax-id-checksum = Cifra de control a acestui cod fiscal nu se potrivește. Verificați dacă nu conține o greșeală de tastare.
error-tax-id-prefix = Acest cod începe cu prefixul altei țări. Alegeți acea țară sau eliminați prefixul.
error-tax-id-country = Nu putem verifica codurile fiscale din această țară. Alegeți țara care a emis codul.
settings-nav-subscription = Abonament
settings-nav-invoices = Facturi
billing-title = Date de facturare
billing-intro = Facturile noi se emit pe aceste date. Facturile deja emise își păstrează datele cu care au fost emise.
billing-country-choose = Alegeți o țară
billing-zip-hint = Formatul codului poștal în țara aleasă: { $example }
billing-tax-id-hint = Opțional. Introduceți codul de TVA sau codul fiscal din țara aleasă, cu sau fără prefixul țării.
field-country = Țara
field-address = Adresa
field-zip-code = Cod poștal
field-city = Localitatea
field-tax-id = Cod de TVA sau cod fiscal
error-country-missing = Alegeți o țară.
error-country-unknown = Alegeți o țară din listă.
error-address-missing = Introduceți adresa.
error-address-too-long = Adresa este prea lungă: folosiți cel mult 200 de caractere.
error-city-missing = Introduceți localitatea.
error-city-too-long = Numele localității este prea lung: folosiți cel mult 100 de caractere.
error-zip-missing = Introduceți codul poștal.
error-zip-format = Introduceți codul poștal în formatul țării alese, de exemplu { $example }.
coupons-title = Cupoane
coupons-intro = Un cod de cupon mărește una dintre limitele contului. Fiecare cod poate fi folosit o singură dată pe cont.
field-coupon-code = Cod de cupon
coupons-apply = Aplicați
coupons-used = Cupoane aplicate
coupons-empty = Nu a fost aplicat încă niciun cupon.
coupons-col-code = Cod
coupons-col-increase = Creșterea limitei
coupons-col-applied = Data aplicării
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Introduceți un cod de cupon.
error-coupon-code-format = Un cod de cupon are între 3 și 40 de litere, cifre, cratime sau liniuțe de subliniere.
error-coupon-unknown = Acest cod de cupon nu există. Verificați dacă l-ați scris corect.
error-coupon-expired = Acest cod de cupon a expirat.
error-coupon-exhausted = Acest cod de cupon a fost epuizat.
error-coupon-already-used = Acest cont a folosit deja acest cod de cupon.
error-coupon-throttled = { $count ->
    [one] Prea multe coduri de cupon greșite. Încercați din nou peste { $count } minut.
    [few] Prea multe coduri de cupon greșite. Încercați din nou peste { $count } minute.
   *[other] Prea multe coduri de cupon greșite. Încercați din nou peste { $count } de minute.
}
activity-kind-BILLING_INFO_CHANGED = Datele de facturare au fost modificate.
activity-kind-COUPON_APPLIED = A fost aplicat un cupon.
invoice-pdf-title = Factură
invoice-pdf-number = Numărul facturii
invoice-pdf-issued-on = Data emiterii
invoice-pdf-paid-on = Data plății
invoice-pdf-transaction = ID-ul tranzacției
invoice-pdf-seller = Furnizor
invoice-pdf-buyer = Cumpărător
invoice-pdf-tax-id = CIF: { $id }
invoice-pdf-col-number = Nr.
invoice-pdf-col-description = Denumire
invoice-pdf-col-quantity = Cant.
invoice-pdf-col-unit-net = Preț unitar fără TVA
invoice-pdf-col-net = Valoare fără TVA
invoice-pdf-col-vat-rate = Cota TVA
invoice-pdf-col-vat = TVA
invoice-pdf-col-gross = Total cu TVA
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Total
invoice-pdf-currency = Moneda: { $code }
country-AT = Austria
country-BE = Belgia
country-BG = Bulgaria
country-BR = Brazilia
country-CY = Cipru
country-CZ = Cehia
country-DE = Germania
country-DK = Danemarca
country-EE = Estonia
country-ES = Spania
country-FI = Finlanda
country-FR = Franța
country-GB = Regatul Unit
country-GR = Grecia
country-HR = Croația
country-HU = Ungaria
country-IE = Irlanda
country-IT = Italia
country-LT = Lituania
country-LU = Luxemburg
country-LV = Letonia
country-MT = Malta
country-NL = Țările de Jos
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-SE = Suedia
country-SI = Slovenia
country-SK = Slovacia
country-US = Statele Unite
widget-message-title = Sau lăsați-ne un mesaj
widget-name-label = Numele dumneavoastră (opțional)
widget-email-label = Adresa dumneavoastră de e-mail
widget-message-label = Mesaj
widget-send-message = Trimiteți mesajul
subscription-trial-plan = Perioadă de probă
invoice-period-monthly = facturare lunară
invoice-period-annual = facturare anuală
activity-kind-SUBSCRIPTION_EXPIRED = Abonamentul a expirat și perioada de grație s-a încheiat, așa că widgeturile refuză cererile noi de apel.
api-error-subscription-expired = Abonamentul contului a expirat, așa că widgeturile sale nu mai acceptă cereri noi de apel. Proprietarul contului îl poate reînnoi în Setări > Abonament.
public-error-subscription-expired = Cererile de apel înapoi nu sunt disponibile momentan pe acest site. Vă rugăm să contactați firma în alt mod.
subscription-banner-expiring = Abonamentul dumneavoastră expiră pe { $date }.
subscription-banner-grace = Abonamentul dumneavoastră a expirat pe { $date }. Dacă nu este reînnoit, de la { $refused } widgeturile vor refuza cererile noi de apel.
subscription-banner-expired = Abonamentul dumneavoastră a expirat pe { $date }. Până la reînnoire, widgeturile refuză cererile noi de apel; apelurile acceptate înainte au loc în continuare.
subscription-banner-renew = Reînnoiți-l în Setări > Abonament.
subscription-banner-ask-owner = Cereți proprietarului contului să îl reînnoiască.
notify-subscription-expired-subject = Abonamentul dumneavoastră Dialback a expirat
notify-subscription-expired-body = Abonamentul dumneavoastră a expirat pe { $time } și perioada de grație s-a încheiat, așa că widgeturile nu mai acceptă cereri de apel. Apelurile acceptate înainte au loc în continuare. Reînnoiți-l în Setări > Abonament pentru a accepta din nou apeluri.
notify-subscription-expired-sms = Abonamentul dumneavoastră Dialback a expirat; widgeturile nu mai acceptă cereri de apel.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Acest cod de cupon nu mai este activ.
error-forbidden-title = Nu puteți deschide această pagină
error-forbidden-message = Rolul dumneavoastră în acest cont nu permite acest lucru. Dacă aveți nevoie de acces, cereți-l proprietarului contului.
error-tax-id-repeated = Un număr format dintr-o singură cifră repetată nu este atribuit niciodată. Introduceți codul fiscal real.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Plătit până la
checkout-credit-surplus = Valoarea nefolosită a planului actual depășește acest preț cu { $amount }. Nu se pierde: prelungește noul plan, cum arată data de mai sus.
payment-cancel = Anulează
payment-cancelled-notice = Această plată a fost anulată și nu mai poate fi achitată. Pentru a schimba planul, începe o comandă nouă.
payment-cancelled-done = Plata în așteptare a fost anulată.
payment-rejected-title = Plata nu a fost confirmată
payment-rejected-back = Înapoi la abonament
payment-rejected-bad-signature = Confirmarea sistemului de plată nu a putut fi verificată. Planul nu s-a schimbat. Începe plata din nou din pagina Abonament.
payment-rejected-unknown-payment = Nicio plată nu are această referință. Planul nu s-a schimbat.
payment-rejected-wrong-system = Această plată nu se achită prin acest sistem de plată. Planul nu s-a schimbat.
payment-rejected-wrong-amount = Suma sau moneda confirmată nu corespunde acestei plăți. Planul nu s-a schimbat.
payment-rejected-replayed = Această confirmare a fost deja folosită și nu a schimbat nimic. Dacă ai plătit, pagina Abonament arată rezultatul.
payment-rejected-expired = Confirmarea a sosit prea târziu: pagina de plată este valabilă 15 minute. Planul nu s-a schimbat. Deschide plata din nou din pagina Abonament.
payment-rejected-cancelled = Această plată a fost anulată, de exemplu de o comandă mai nouă, deci nu poate fi confirmată. Planul nu s-a schimbat.
error-currency-paid-period = Moneda nu poate fi schimbată cât timp rulează o perioadă plătită (până la { $date }): partea nefolosită se deduce doar în moneda în care a fost plătită.
activity-kind-PAYMENT_CANCELLED = O plată în așteptare a fost anulată.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Acest token de dispozitiv este înregistrat în alt cont.
notifications-test-throttled = Un test a fost trimis pe acest canal acum mai puțin de un minut. Așteptați un minut înainte de a trimite altul.
error-webhook-url-metadata = Această adresă duce la { $address }, un serviciu de metadate din cloud care poate furniza datele de acces ale serverului. Webhookurile nu îl pot accesa niciodată, indiferent ce permite serverul.
error-webhook-url-port = Introduceți un port între 1 și 65535 sau omiteți portul.
error-message-text-control = Eliminați din mesaj caracterele de control, de exemplu cele lipite din alt program. Rândurile noi și tabulatorii sunt permise.
error-message-name-control = Eliminați din nume caracterele invizibile sau de control, cum ar fi tabulatorii sau rândurile noi.
notify-label-name = Numele vizitatorului
notifications-error-mail-unreachable = Serverul de e-mail nu a putut fi contactat.
notifications-error-mail-refused = Serverul de e-mail a respins mesajul.
notifications-error-other = Trimiterea a eșuat.
