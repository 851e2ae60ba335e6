## Navigation

nav-main = Menu principale
nav-settings = Impostazioni
nav-sign-in = Accedi
nav-sign-up = Registrati
nav-sign-out = Esci

## Common actions and messages

action-save = Salva
settings-title = Impostazioni
settings-saved = Le modifiche sono state salvate.

## Form fields

field-company-name = Nome dell’azienda
field-name = Nome e cognome
field-email = Indirizzo email
field-password = Password
field-job-title = Qualifica
field-phone-number = Numero di telefono
field-interface-language = Lingua dell’interfaccia
field-sms-language = Lingua degli SMS
field-email-language = Lingua delle email
field-currency = Valuta
field-timezone = Fuso orario
field-date-format = Formato data
field-time-format = Formato ora
field-current-password = Password attuale
field-new-password = Nuova password

password-rule = { $count ->
    [one] Usa almeno { $count } carattere. Le password troppo comuni non sono accettate.
    [many] Usa almeno { $count } di caratteri. Le password troppo comuni non sono accettate.
   *[other] Usa almeno { $count } caratteri. Le password troppo comuni non sono accettate.
}

## Validation errors

error-email-missing = Inserisci l’indirizzo email.
error-email-invalid = Inserisci un indirizzo email valido, ad esempio nome@example.com.
error-email-taken = Questo indirizzo email è già usato da un altro utente.
error-name-missing = Inserisci nome e cognome.
error-name-too-long = Il nome è troppo lungo. Usa al massimo 100 caratteri.
error-company-missing = Inserisci il nome dell’azienda.
error-company-too-long = Il nome dell’azienda è troppo lungo. Usa al massimo 150 caratteri.
error-job-title-too-long = La qualifica è troppo lunga. Usa al massimo 100 caratteri.
error-phone-missing = Inserisci un numero di telefono.
error-phone-invalid = Inserisci un numero di telefono valido. Per i numeri non italiani aggiungi il prefisso internazionale, ad esempio +48 501 234 567.
error-password-missing = Inserisci la password.
error-password-too-short = La password è troppo corta. Usa almeno 8 caratteri.
error-password-too-long = La password è troppo lunga. Usa al massimo 256 caratteri.
error-password-common = Questa password è troppo comune e facile da indovinare. Scegline un’altra.
error-current-password-wrong = La password attuale non è corretta.
error-password-personal = La password non può coincidere con il tuo indirizzo email o con il tuo nome.
error-email-change-needs-password = Inserisci la password attuale per modificare l’indirizzo email.
error-text-hidden-characters = Rimuovi i caratteri invisibili o di controllo, ad esempio tabulazioni o interruzioni di riga.
error-language-unknown = Scegli una delle lingue elencate.
error-currency-unknown = Scegli una delle valute elencate.
error-timezone-unknown = Scegli un fuso orario dall’elenco.
error-date-format-unknown = Scegli uno dei formati data elencati.
error-time-format-unknown = Scegli uno dei formati ora elencati.
error-date-invalid = Inserisci una data nel formato YYYY-MM-DD.
error-activity-user-unknown = Scegli dall’elenco un utente di questo account.
error-date-range = La data di fine non può precedere la data di inizio.
error-activity-kind-unknown = Scegli un tipo di azione dall’elenco.
error-activity-source-unknown = Scegli un’origine dall’elenco.

## Error pages

error-not-found-title = Pagina non trovata
error-not-found-message = La pagina richiesta non esiste o non è disponibile per questo account.
error-internal-title = Si è verificato un errore
error-internal-message = Non è stato possibile completare la richiesta. Riprova tra qualche istante. Se il problema persiste, contatta l’assistenza indicando l’ID richiesta riportato qui sotto.
error-unavailable-title = Servizio temporaneamente non disponibile
error-unavailable-message = Dialback è sovraccarico o il suo database non risponde. Riprova tra qualche istante.
error-csrf-title = Il modulo è scaduto
error-csrf-message = Per motivi di sicurezza, questo modulo non può più essere inviato. Torna indietro, ricarica la pagina e riprova.
error-bad-request-title = Impossibile elaborare la richiesta
error-bad-request-message = Il modulo o l’indirizzo web inviato a Dialback non era nel formato corretto o era troppo grande. Torna indietro, ricarica la pagina e riprova.
error-request-id = ID richiesta:
error-back-home = Torna alla home page

## Sign-up

signup-title = Crea un account Dialback
signup-intro = Configura l’account della tua azienda. Potrai invitare il tuo team in un secondo momento.
signup-submit = Crea account
signup-have-account = Hai già un account?

## Sign-in

login-title = Accedi a Dialback
login-submit = Accedi
login-forgot = Password dimenticata?
login-no-account = Non hai ancora un account?
login-wrong-credentials = L’indirizzo email o la password non sono corretti.
login-notice-reset = La password è stata modificata. Accedi con la nuova password.
login-throttled = { $count ->
    [one] Troppi tentativi di accesso non riusciti. Riprova tra { $count } minuto.
    [many] Troppi tentativi di accesso non riusciti. Riprova tra { $count } di minuti.
   *[other] Troppi tentativi di accesso non riusciti. Riprova tra { $count } minuti.
}

## Sign-out

logout-title = Esci
logout-done = Disconnessione effettuata.

## Forgotten password

forgot-title = Reimposta la password
forgot-intro = Inserisci l’indirizzo email che usi per accedere. Ti invieremo un link per scegliere una nuova password.
forgot-submit = Invia il link
forgot-sent = Se questo indirizzo è associato a un account Dialback, ti abbiamo inviato un link per reimpostare la password. Controlla la posta in arrivo.
reset-title = Scegli una nuova password
reset-submit = Imposta la nuova password
reset-link-invalid = Questo link non è valido, è scaduto o è già stato usato.
reset-request-new = Richiedi un nuovo link
reset-mail-subject = Reimposta la password di Dialback
reset-mail-body =
    Ciao { $name },

    qualcuno ha chiesto di reimpostare la password del tuo account Dialback. Per scegliere una nuova password, apri questo link:

    { $link }

    { $minutes ->
        [one] Il link può essere usato una sola volta e scade tra { $minutes } minuto.
        [many] Il link può essere usato una sola volta e scade tra { $minutes } di minuti.
       *[other] Il link può essere usato una sola volta e scade tra { $minutes } minuti.
    } Se non hai richiesto tu la reimpostazione, ignora questo messaggio: la password resterà invariata.

    Il team di Dialback

## Settings > Profile

profile-title = Profilo
profile-phone-stored = Salvato come { $phone }.
profile-password-hint = La password attuale serve solo se modifichi l’indirizzo email.
email-changed-subject = Il tuo indirizzo email di accesso a Dialback è stato modificato
email-changed-body =
    Ciao { $name },

    l’indirizzo email con cui accedi a Dialback è stato cambiato in { $email }. D’ora in poi i messaggi di Dialback verranno inviati a questo indirizzo.

    Se non hai effettuato tu questa modifica, reimposta subito la password e contatta il titolare dell’account.

    Il team di Dialback

## Settings > Account settings

account-title = Impostazioni dell’account
account-languages = Lingue
account-currency-owner-only = Solo il titolare dell’account o un amministratore può modificare la valuta.
currency-PLN = Złoty polacco
currency-USD = Dollaro statunitense
currency-GBP = Sterlina britannica
currency-EUR = Euro
currency-BRL = Real brasiliano

## Settings > Change password

password-title = Cambia password
password-intro = Dopo la modifica, questa sessione resta attiva e tutte le altre sessioni vengono chiuse.
password-submit = Cambia password

## Settings > Activity

activity-title = Attività
activity-filter-user = Utente
activity-filter-kind = Azione
activity-filter-from = Dal
activity-filter-to = Al
activity-filter-any = Qualsiasi
activity-filter-apply = Filtra
activity-count = { $count ->
    [0] Nessuna voce corrispondente.
    [one] { $count } voce corrispondente.
    [many] { $count } di voci corrispondenti.
   *[other] { $count } voci corrispondenti.
}
activity-empty = Nessuna attività da mostrare.
activity-older = Voci meno recenti
activity-user-none = Sistema
activity-col-id = ID
activity-col-user = Utente
activity-col-kind = Azione
activity-col-source = Origine
activity-col-time = Data e ora
activity-source-web = Web
activity-source-api = API
activity-source-cli = Riga di comando
activity-source-system = Sistema
activity-kind-USER_ADDED = Un utente è stato aggiunto al team.
activity-kind-USER_EDITED = Il profilo di un utente è stato modificato.
activity-kind-USER_DELETED = Un utente è stato rimosso dal team.
activity-kind-USER_SIGNUP = L’account è stato creato.
activity-kind-USER_LOGGED_IN = Un utente ha effettuato l’accesso.
activity-kind-USER_LOGGED_OUT = Un utente si è disconnesso.
activity-kind-USER_CHANGED_PASSWORD = Un utente ha cambiato la propria password.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Un utente ha richiesto un link per reimpostare la password.
activity-kind-USER_RESET_PASSWORD = Un utente ha impostato una nuova password tramite un link di reimpostazione.
activity-kind-USER_CHANGED_NOTIFICATIONS = Un utente ha modificato le proprie impostazioni di notifica.
activity-kind-ACCOUNT_SETTINGS_EDITED = Le impostazioni dell’account sono state modificate.

## Validation errors of the core

error-role-unknown = Scegli il ruolo owner, admin o manager.
error-permission-unknown = Scegli le autorizzazioni tra quelle elencate.
error-business-time-invalid = Indica ogni giorno degli orari di lavoro con day_of_week da 0 (domenica) a 6, start_time ed end_time nel formato HH:MM, con l’inizio prima della fine, e un fuso orario valido.
error-domain-invalid = Inserisci un nome di dominio, ad esempio shop.example.com.
error-call-status-unknown = Scegli uno stato della chiamata dall’elenco.

## REST API messages

api-error-field = Valore non valido per { $field }: { $reason }
api-error-field-sentence = Valore non valido per { $field }. { $reason }
api-error-missing = Manca il parametro { $field }.
api-error-permission = Questa chiave API non ha l’autorizzazione { $permission }.
api-error-key-missing = Invia la chiave API nell’header Authorization.
api-error-key-invalid = La chiave API non è valida.
api-error-key-revoked = La chiave API è stata revocata. Creane una nuova in Impostazioni > Chiavi API.
api-error-key-expired = La chiave API è scaduta. Creane una nuova in Impostazioni > Chiavi API.
api-error-rate-limited = { $count ->
    [one] Troppe richieste con questa chiave API. Riprova tra { $count } secondo.
    [many] Troppe richieste con questa chiave API. Riprova tra { $count } di secondi.
   *[other] Troppe richieste con questa chiave API. Riprova tra { $count } secondi.
}
api-error-internal = Non è stato possibile completare la richiesta a causa di un errore interno. Riprova. Se il problema persiste, contatta l’assistenza indicando l’header X-Request-Id della risposta.
api-error-bad-request = Impossibile leggere la richiesta: controlla il percorso, i parametri e la loro codifica in /api/docs.
api-error-widget-not-found = Questo widget non esiste oppure questa chiave API non può usarlo.
api-error-user-not-found = Questo utente non esiste in questo account.
api-error-manager-not-found = Questo manager non esiste oppure questa chiave API non può usarne il widget.
api-error-call-not-found = Questa chiamata non esiste oppure questa chiave API non può usarne il widget.
api-error-widget-disabled = Il widget è disattivato, quindi non riceve chiamate.
api-error-no-manager = Al momento nessun manager può rispondere a una chiamata. Usa invece widgets/call-or-schedule per programmarla.
api-reason-not-integer = è richiesto un numero intero.
api-reason-not-boolean = sono ammessi solo 1, 0, true o false.
api-reason-not-json = è richiesto un valore JSON.
api-reason-wrong-shape = il valore non ha la struttura prevista.
api-reason-limit-range = usa un numero da 1 a 1000.
api-reason-offset-negative = usa 0 o un numero maggiore.
api-reason-url = è richiesto un indirizzo web, ad esempio https://shop.example.com.
api-reason-too-long = il testo è troppo lungo.
api-reason-text-240 = usa al massimo 240 caratteri.
api-reason-department-or-manager = invia department_id oppure manager_id, non entrambi.
api-reason-not-this-widget = non appartiene a questo widget.
api-reason-schedule = indica un orario futuro in secondi Unix, entro i prossimi 30 giorni.
api-reason-message-id = non è un messaggio di questo canale.
api-reason-owner-role = i nuovi utenti possono essere solo amministratori o manager, perché l’account ha già un titolare.
api-reason-last-owner = l’ultimo titolare dell’account non può essere rimosso né ricevere un altro ruolo.
api-reason-status = usa stati delle chiamate come completed o manager-failed.
api-reason-field-name = usa da 1 a 100 caratteri.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Ti richiameremo il { $time }. Grazie per la pazienza.
sms-visitor-cancel-scheduled = La chiamata programmata è stata annullata.
sms-visitor-dial-completed = Grazie per la conversazione. Siamo sempre a tua disposizione.
voice-client-start = Salve, resta in linea: ti stiamo mettendo in contatto con un consulente.
voice-client-end-success = Grazie per la conversazione. Arrivederci.
voice-client-end-failed = Non siamo riusciti a metterti in contatto con un consulente. Ti richiameremo al più presto.
voice-manager-start = Hai una chiamata dal sito web. Ti stiamo mettendo in contatto con il visitatore.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Un widget è stato aggiunto.
activity-kind-WIDGET_EDITED = Un widget è stato modificato.
activity-kind-WIDGET_DELETED = Un widget è stato eliminato.
activity-kind-API_KEY_CREATED = Una chiave API è stata creata.
activity-kind-API_KEY_REVOKED = Una chiave API è stata revocata.
activity-kind-CALL_REQUESTED = Una chiamata è stata richiesta.
activity-kind-CALL_FIELD_EDITED = Un campo personalizzato di una chiamata è stato modificato.
activity-kind-CALL_CANCELLED = Una chiamata è stata annullata.

## Settings > API keys

api-keys-title = Chiavi API
api-keys-intro = Le chiavi permettono al tuo software di usare l’API REST di Dialback. Ogni chiave può usare solo i widget e le autorizzazioni che le assegni.
api-keys-created = La tua nuova chiave API è qui sotto. Copiala ora: viene mostrata una sola volta.
api-keys-owner-only = Solo il titolare dell’account o un amministratore può gestire le chiavi API.
api-keys-empty = L’account non ha ancora chiavi API.
api-keys-col-description = Descrizione
api-keys-col-key = Chiave
api-keys-col-access = Accesso
api-keys-col-created = Creazione
api-keys-col-last-used = Ultimo utilizzo
api-keys-col-state = Stato
api-keys-col-actions = Azioni
api-keys-revoke = Revoca
api-keys-new = Nuova chiave API
api-keys-all-widgets = Tutti i widget, compresi quelli futuri
api-keys-create = Crea chiave
api-keys-never-used = Mai
api-keys-last-used-from = { $time } da { $ip }
api-keys-state-active = Attiva
api-keys-state-revoked = Revocata
api-keys-state-expired = Scaduta
api-keys-expires-on = Valida fino al { $date }
api-keys-widgets-all = Tutti i widget
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [many] { $count } di widget
   *[other] { $count } widget
}
api-keys-revoked-notice = La chiave API è stata revocata. Le integrazioni che la usano smettono subito di funzionare.
field-api-key-description = Descrizione (facoltativa)
field-api-key-widgets = Widget
field-api-key-permissions = Autorizzazioni
field-api-key-expires = Data di scadenza (facoltativa)
error-api-key-widgets-missing = Scegli tutti i widget o almeno un widget.
error-api-key-permissions-missing = Scegli almeno un’autorizzazione.
error-api-key-expiry-past = Scegli una data futura o lascia vuoto il campo.
error-api-key-description-too-long = La descrizione è troppo lunga. Usa al massimo 200 caratteri.
permission-calls = Chiamate: accesso completo
permission-calls-view = Chiamate: lettura della cronologia
permission-managers = Utenti e manager: accesso completo
permission-managers-view = Utenti e manager: lettura
permission-managers-edit = Manager: assegnazione e modifica
permission-sms = Testi SMS: accesso completo
permission-sms-view = Testi SMS: lettura
permission-sms-edit = Testi SMS: modifica
permission-voice = Messaggi vocali: accesso completo
permission-voice-view = Messaggi vocali: lettura
permission-voice-edit = Messaggi vocali: modifica
permission-widgets = Widget: accesso completo
permission-widgets-view = Widget: lettura
permission-widgets-edit = Widget: creazione, modifica ed eliminazione
permission-widgets-call = Widget: richiesta di chiamate

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Questo widget non è disponibile.
widget-title = Vuoi che ti richiamiamo?
widget-phone-label = Il tuo numero di telefono
widget-call-button = Chiamami ora
widget-schedule-button = Chiamami più tardi
widget-unavailable-now = I nostri consulenti non sono disponibili in questo momento. Scegli un orario e ti richiameremo.
widget-call-coming = Grazie! Il tuo telefono squillerà tra un attimo.
widget-call-scheduled = Grazie! Ti richiameremo all’orario scelto.

## REST API reference page

api-docs-title = API REST di Dialback
api-docs-intro = L’API accetta senza modifiche le richieste destinate all’API esterna di CallPage: stessi percorsi, stessa struttura delle risposte e stesso header per la chiave. Invia la chiave creata in Impostazioni > Chiavi API nell’header Authorization, da sola o nella forma «Bearer <chiave>». I parametri vanno nella query string per le richieste GET e, negli altri casi, in un body form-urlencoded o JSON. Ogni risposta contiene hasError, errorCode, message, data e meta. I parametri contrassegnati da * sono obbligatori. Le descrizioni degli endpoint sono in inglese.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-permission = Autorizzazione:
api-docs-parameter = Parametro
api-docs-type = Tipo
api-docs-description = Descrizione
api-docs-any-key = qualsiasi chiave valida

## My team

nav-team = Il mio team
team-title = Il mio team
team-col-state = Stato
team-state-enabled = Attivo
team-state-disabled = Disattivato
team-add = Aggiungi un membro del team
team-add-hint = Il nuovo membro potrà accedere dopo aver scelto una password tramite «Password dimenticata?» nella pagina di accesso.
team-add-submit = Aggiungi membro
team-owner-only = Solo il titolare dell’account o un amministratore può modificare il team.
team-edit-title = Modifica membro del team
team-back = Torna al team
team-enabled = Attivo: può accedere e rispondere alle chiamate
team-delete = Rimuovi dal team
team-verify-number = Verifica
team-caller-id-verified = Verificato
team-last-owner = L’ultimo titolare dell’account non può essere rimosso né ricevere un altro ruolo.
team-self-delete = Non puoi rimuoverti dal team. Chiedi a un altro titolare o amministratore.
field-role = Ruolo
role-owner = Titolare
role-admin = Amministratore
role-manager = Manager

## Widgets

nav-widgets = Widget
nav-calls = Chiamate
action-add = Aggiungi
action-remove = Rimuovi
widgets-title = Widget
widgets-empty = L’account non ha ancora widget. Aggiungi il primo qui sotto.
widgets-col-state = Stato
widgets-col-managers = Manager
widgets-add = Aggiungi un widget
widgets-add-submit = Aggiungi widget
widgets-back = Torna ai widget
widgets-widget = Widget
widgets-state-enabled = Attivo: i visitatori vedono il widget e possono richiedere chiamate.
widgets-state-disabled = Disattivato: i visitatori non vedono il widget.
widgets-enable = Attiva
widgets-disable = Disattiva
widgets-duplicate = Duplica
widgets-delete = Elimina widget
widgets-general = Generale
widgets-busy-mode-hint = Attivata: quando tutti i manager sono occupati, la richiesta del visitatore viene rifiutata. Disattivata: i visitatori possono prenotare un orario per la chiamata.
widgets-domains = Domini autorizzati
widgets-domains-hint = Il widget funziona solo su questi siti. Se non è indicato alcun dominio, funziona ovunque.
widgets-departments = Reparti
widgets-managers = Manager
widgets-no-managers = Nessun manager risponde ancora alle chiamate di questo widget.
widgets-add-manager = Aggiungi manager
widgets-manager-enabled = risponde alle chiamate
widgets-manager-disabled = in pausa
widgets-manager-pause = Metti in pausa
widgets-manager-resume = Riprendi
widgets-days-off = Giorni di chiusura
widgets-embed = Indirizzo di configurazione del widget
widgets-embed-hint = Lo script del widget sul tuo sito legge la configurazione da questo indirizzo.
widgets-preview = Anteprima del widget
widgets-preview-hint = Ecco il widget come lo vede un visitatore dal tuo indirizzo attuale. Un indirizzo bloccato non vede nulla.
widgets-hours-none = nessun orario di lavoro
widgets-no-department = Nessun reparto
widgets-no-users = Prima aggiungi membri del team con un numero di telefono.
field-widget-url = Indirizzo del sito web
field-widget-description = Descrizione
field-widget-language = Lingua del widget
field-widget-timezone = Fuso orario del widget
field-widget-busy-mode = Modalità occupato
field-widget-domain = Dominio
field-widget-department = Nome del reparto
field-widget-user = Membro del team
field-widget-days = Giorni lavorativi
field-widget-start = Ora di inizio
field-widget-end = Ora di fine
field-widget-days-off = Giorni di chiusura, una data per riga (YYYY-MM-DD)
error-widget-url-invalid = Inserisci l’indirizzo di un sito web, ad esempio https://shop.example.com.
error-widget-description-too-long = La descrizione è troppo lunga. Usa al massimo 500 caratteri.
error-department-name = Inserisci un nome di reparto di al massimo 100 caratteri.
error-manager-user = Scegli un membro del team di questo account.
error-manager-days = Scegli almeno un giorno lavorativo, con l’ora di inizio precedente all’ora di fine.
error-days-off-invalid = Scrivi ogni giorno di chiusura nel formato YYYY-MM-DD, uno per riga.
weekday-0 = Domenica
weekday-1 = Lunedì
weekday-2 = Martedì
weekday-3 = Mercoledì
weekday-4 = Giovedì
weekday-5 = Venerdì
weekday-6 = Sabato

## Calls

calls-title = Chiamate
calls-call = Chiamata
calls-back = Torna alle chiamate
calls-col-phone = Numero di telefono
calls-col-status = Stato
calls-col-manager = Manager
calls-col-duration = Durata della conversazione
calls-widget = Widget
calls-requested = Richiesta il
calls-scheduled-for = Prevista per il
calls-page = Pagina
calls-fields = Dati lasciati dal visitatore
calls-events = Cronologia
calls-filter-status = Stato
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Nessuna chiamata corrispondente.
    [one] { $count } chiamata corrispondente.
    [many] { $count } di chiamate corrispondenti.
   *[other] { $count } chiamate corrispondenti.
}
calls-duration = { $count ->
    [one] { $count } secondo
    [many] { $count } di secondi
   *[other] { $count } secondi
}
calls-nobody = —
calls-cancel = Annulla la chiamata
call-status-new = In attesa di un manager libero
call-status-scheduled = Programmata
call-status-ringing = Chiamata al manager in corso
call-status-in-progress = In corso
call-status-completed = Completata
call-status-manager-failed = Nessun manager ha risposto
call-status-user-failed = Il visitatore non ha risposto
call-status-failed = Non riuscita
call-status-cancelled = Annullata

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Data di aggiunta
limits-title = Limiti
limits-intro = Per motivi di sicurezza, ogni account ha dei limiti sulle chiamate. Per modificarne uno, descrivi qui sotto la tua esigenza: il gestore di Dialback esamina ogni richiesta.
limits-col-limit = Limite
limits-col-value = Valore
limits-col-use = Utilizzo attuale
limits-col-change = Modifica
limits-col-state = Stato
limit-max_calls_in_progress = Chiamate simultanee in corso
limit-max_conversation_duration = Durata massima della conversazione
limit-scheduled_calls_per_timestamp = Chiamate programmate per lo stesso orario
limits-use-calls = { $count ->
    [one] { $count } chiamata attualmente in squillo o in corso
    [many] { $count } di chiamate attualmente in squillo o in corso
   *[other] { $count } chiamate attualmente in squillo o in corso
}
limits-use-longest = { $count ->
    [one] conversazione più lunga finora: { $count } secondo
    [many] conversazione più lunga finora: { $count } di secondi
   *[other] conversazione più lunga finora: { $count } secondi
}
limits-use-busiest = { $count ->
    [one] orario con più prenotazioni: { $count } chiamata
    [many] orario con più prenotazioni: { $count } di chiamate
   *[other] orario con più prenotazioni: { $count } chiamate
}
limits-request = Richiedi la modifica di un limite
limits-request-submit = Invia la richiesta
limits-requests = Le tue richieste
limits-state-pending = In attesa di decisione
limits-state-approved = Approvata
limits-state-rejected = Rifiutata
field-limit = Limite
field-limit-new-value = Nuovo valore
field-limit-description = Perché ti serve questa modifica?
error-limit-unknown = Scegli uno dei limiti elencati.
error-limit-value = Inserisci un numero intero da 1 al valore massimo del limite (10.000 chiamate o 86.400 secondi).
error-limit-description = Descrivi la tua esigenza usando da 10 a 2000 caratteri.
ip-title = Indirizzi IP
ip-intro = I visitatori con un indirizzo o un intervallo bloccato non vedono i tuoi widget e non possono richiedere chiamate. Gli indirizzi consentiti non subiscono mai limitazioni, nemmeno dal blocco automatico degli indirizzi che richiedono molte chiamate senza rispondere a nessuna.
ip-empty = Entrambi gli elenchi sono vuoti.
ip-add = Aggiungi un indirizzo o un intervallo
ip-col-hits = Riscontri
ip-list-whitelist = Indirizzi consentiti
ip-list-blacklist = Indirizzi bloccati
field-ip-address = Indirizzo IP o intervallo (CIDR)
field-ip-list-type = Elenco
field-ip-note = Nota (facoltativa)
error-ip-missing = Inserisci un indirizzo IP o un intervallo, ad esempio 203.0.113.0/24.
error-ip-invalid = Inserisci un indirizzo IPv4 o IPv6 valido oppure un intervallo in notazione CIDR, ad esempio 203.0.113.0/24.
error-ip-list-type = Scegli l’elenco degli indirizzi consentiti o quello degli indirizzi bloccati.
error-ip-note = La nota è troppo lunga o contiene caratteri invisibili. Usa al massimo 200 caratteri visibili.
error-ip-overlap = Il valore inserito si sovrappone alla voce { $network } dell’elenco «{ $list }». Rimuovi prima quella voce o inserisci un intervallo che non si sovrapponga.
numbers-title = Numeri bloccati
numbers-intro = Un numero di telefono presente in questo elenco non riceve mai chiamate da Dialback.
numbers-empty = Nessun numero è bloccato.
numbers-add = Blocca un numero
error-number-listed = Questo numero è già bloccato.
error-number-blacklisted = Questo numero di telefono è bloccato nell’account, quindi non riceve chiamate.
public-error-call-refused = Non possiamo chiamare questo numero. Contattaci in un altro modo.
error-slot-full = Questo orario è al completo. Scegline un altro.
api-error-address-blocked = L’indirizzo IP del visitatore è bloccato nell’account.
api-error-calls-limit = L’account ha raggiunto il limite di chiamate in corso. Riprova quando termina una chiamata oppure richiedi un limite più alto in Impostazioni > Limiti.
api-error-tag-not-found = Questo tag non esiste in questo account.
caller-ids-title = ID chiamante
caller-ids-intro = Tutti i numeri di telefono aggiunti all’account finora. I visitatori vedono il numero di un manager come chiamante solo dopo che è stato verificato. Fino ad allora vedono il numero di Dialback.
caller-ids-empty = Non è ancora stato aggiunto alcun numero di telefono all’account.
caller-ids-col-verified = Verificato
caller-ids-not-verified = Non verificato
caller-ids-send-sms = Invia un codice via SMS
caller-ids-send-voice = Invia un codice con una chiamata vocale
caller-ids-verify = Verifica
caller-ids-code-message = Il tuo codice di verifica Dialback è { $code }. Scade tra 10 minuti.
field-caller-id-code = Codice a sei cifre
error-code-wrong = Il codice non è corretto. Controllalo e riprova.
error-code-expired = Il codice è scaduto o non è stato inviato alcun codice. Invia un nuovo codice.
error-code-attempts = Troppi codici errati. Invia un nuovo codice.
tags-title = Tag
tags-intro = I tag classificano le chiamate per argomento, così puoi trovarle e filtrarle facilmente.
tags-empty = L’account non ha ancora tag.
tags-add = Aggiungi un tag
tags-col-updated = Ultima modifica
field-tag-label = Nome
field-tag-color = Colore
error-tag-label = Inserisci un nome da 1 a 50 caratteri visibili.
error-tag-color = Indica il colore come # seguito da sei cifre esadecimali, ad esempio #0b6bcb.
error-tag-duplicate = Esiste già un altro tag con questo nome.
calls-tag = Tag
calls-add-tag = Aggiungi tag
activity-kind-CALL_TAGGED = Un tag è stato aggiunto a una chiamata.
activity-kind-CALL_UNTAGGED = Un tag è stato rimosso da una chiamata.
activity-kind-LIMIT_CHANGE_REQUESTED = La modifica di un limite è stata richiesta.
activity-kind-LIMIT_CHANGE_APPROVED = La modifica di un limite è stata approvata.
activity-kind-LIMIT_CHANGE_REJECTED = La modifica di un limite è stata rifiutata.
activity-kind-IP_ADDRESS_ADDED = Un indirizzo IP è stato aggiunto a un elenco.
activity-kind-IP_ADDRESS_REMOVED = Un indirizzo IP è stato rimosso da un elenco.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Un indirizzo IP è stato bloccato automaticamente perché ha richiesto molte chiamate senza rispondere a nessuna.
activity-kind-BLACKLISTED_NUMBER_ADDED = Un numero di telefono è stato bloccato.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Un numero di telefono è stato sbloccato.
activity-kind-CALLER_ID_ADDED = Un ID chiamante è stato aggiunto.
activity-kind-CALLER_ID_VERIFICATION_SENT = Un codice di verifica è stato inviato a un ID chiamante.
activity-kind-CALLER_ID_VERIFIED = Un ID chiamante è stato verificato.
activity-kind-CALLER_ID_DELETED = Un ID chiamante è stato eliminato.
activity-kind-TAG_ADDED = Un tag è stato aggiunto.
activity-kind-TAG_EDITED = Un tag è stato modificato.
activity-kind-TAG_DELETED = Un tag è stato eliminato.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notifiche
live-dismiss = Chiudi
live-open = Apri
live-enable-desktop = Mostra le notifiche sul desktop
report-daily-subject = Rapporto giornaliero del { $date }
report-weekly-subject = Rapporto settimanale dal { $first } al { $last }
report-daily-intro = Chiamate dai tuoi widget il { $date } (fuso orario { $timezone }).
report-weekly-intro = Chiamate dai tuoi widget dal { $first } al { $last } (fuso orario { $timezone }).
report-col-widget = Widget
report-col-requested = Richieste
report-col-answered = Risposte
report-col-missed = Perse
report-col-average-wait = Attesa media
report-col-average-talk = Durata media della conversazione
report-col-day = Giorno
report-total = Tutti i widget
report-none = —
report-chart-title = Chiamate al giorno
report-chart-alt = Grafico a barre delle chiamate al giorno; la tabella sotto riporta gli stessi numeri.
report-legend-answered = Risposte
report-legend-missed = Perse
report-legend-other = Altri esiti: annullate, non riuscite o non concluse
report-open-calls = Apri l’elenco delle chiamate
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Messaggi
messages-title = Messaggi
messages-intro = I messaggi lasciati dai visitatori nei tuoi widget, dal più recente.
messages-count = { $count ->
    [0] Ancora nessun messaggio.
    [one] { $count } messaggio.
    [many] { $count } di messaggi.
   *[other] { $count } messaggi.
}
messages-col-widget = Widget
messages-col-visitor = Visitatore
messages-col-text = Messaggio
error-message-text-missing = Scrivi un messaggio.
error-message-text-too-long = Accorcia il messaggio a un massimo di 2000 caratteri.
error-message-contact-missing = Inserisci un numero di telefono o un indirizzo e-mail per permetterci di risponderti.
public-error-message-refused = Non possiamo accettare questo messaggio. Contattaci in un altro modo.
widget-message-received = Grazie! Abbiamo ricevuto il tuo messaggio e ti risponderemo presto.
activity-kind-MESSAGE_RECEIVED = Un visitatore ha lasciato un messaggio.
activity-kind-WEBHOOK_ADDED = È stato aggiunto un webhook.
activity-kind-WEBHOOK_ENABLED = È stato attivato un webhook.
activity-kind-WEBHOOK_DISABLED = È stato disattivato un webhook.
activity-kind-WEBHOOK_SECRET_ROTATED = Il segreto di firma di un webhook è stato sostituito.
activity-kind-WEBHOOK_DELETED = È stato eliminato un webhook.
webhooks-title = Webhook
webhooks-intro = Quando si verifica uno degli eventi scelti, Dialback invia a ciascun indirizzo qui sotto una richiesta POST firmata con JSON. Gli invii non riusciti vengono ripetuti a intervalli sempre più lunghi.
webhooks-owner-only = Solo i titolari e gli amministratori dell’account possono gestire i webhook.
webhooks-empty = L’account non ha ancora webhook.
webhooks-col-url = Indirizzo
webhooks-col-events = Eventi
webhooks-col-secret = Segreto di firma
webhooks-col-state = Stato
webhooks-state-enabled = Attivo
webhooks-state-disabled = Disattivo
webhooks-log = Registro degli invii
webhooks-enable = Attiva
webhooks-disable = Disattiva
webhooks-rotate-secret = Sostituisci il segreto
webhooks-signature-hint = Ogni richiesta porta l’intestazione Dialback-Signature: t=<ora Unix>,v1=<HMAC-SHA256 in esadecimale dell’ora, di un punto e del corpo, con il segreto di firma come chiave>. Verificala prima di fidarti di una richiesta.
webhooks-add = Aggiungi un webhook
field-webhook-url = Indirizzo (URL)
field-webhook-events = Eventi da inviare
error-webhook-url-missing = Inserisci l’indirizzo che deve ricevere gli eventi.
error-webhook-url-too-long = Accorcia l’indirizzo a un massimo di 2000 caratteri.
error-webhook-url-invalid = Inserisci un indirizzo completo che inizi con https:// o http://, ad esempio https://example.com/dialback.
error-webhook-url-credentials = Inserisci l’indirizzo senza nome utente né password.
error-webhook-url-forbidden = Questo indirizzo porta a { $address }, che non fa parte di internet pubblico. I webhook possono raggiungere solo indirizzi pubblici.
error-webhook-url-unresolved = Impossibile trovare il nome host di questo indirizzo. Controlla come è scritto.
error-webhook-events-missing = Scegli almeno un evento dall’elenco.
error-webhook-too-many = { $count ->
    [one] Un account può avere al massimo { $count } webhook. Eliminane prima uno.
    [many] Un account può avere al massimo { $count } di webhook. Eliminane prima uno.
   *[other] Un account può avere al massimo { $count } webhook. Eliminane prima uno.
}
webhooks-event-call-new = Nuova chiamata
webhooks-event-call-scheduled = Chiamata programmata
webhooks-event-call-ringing = Chiamata in corso di squillo
webhooks-event-call-completed = Chiamata completata
webhooks-event-call-missed = Chiamata persa
webhooks-event-call-scheduled-failed = Chiamata programmata non riuscita
webhooks-event-call-custom-fields = Campi personalizzati compilati da un visitatore
webhooks-event-call-additional-data = Il visitatore ha lasciato dati aggiuntivi
webhooks-event-message-new = Nuovo messaggio
webhooks-log-title = Registro degli invii del webhook
webhooks-back = Torna ai webhook
webhooks-col-event = Evento
webhooks-col-attempts = Tentativi
webhooks-no-attempts = Non ancora inviato.
webhooks-deliveries-count = { $count ->
    [0] Non è stato ancora inviato nulla a questo webhook.
    [one] { $count } invio.
    [many] { $count } di invii.
   *[other] { $count } invii.
}
webhooks-status-delivered = Consegnato
webhooks-status-failed = Non riuscito; nessun altro tentativo
webhooks-status-pending = In attesa di invio
webhooks-status-retrying = Non riuscito; prossimo tentativo il { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Rifiutato: l’indirizzo non fa parte di internet pubblico
webhooks-error-unresolved = Nome host non trovato
webhooks-error-timeout = Nessuna risposta in tempo
webhooks-error-connect = La connessione non è riuscita
webhooks-error-too-many-redirects = Troppi reindirizzamenti
webhooks-error-invalid-redirect = Un reindirizzamento senza indirizzo di destinazione valido
webhooks-error-request = La richiesta non è riuscita
# Notifications (branch notify)
notifications-title = Notifiche
notifications-intro = Scegli quali eventi ti raggiungono su ciascun canale. Le modifiche si applicano quando premi Salva.
notifications-col-event = Evento
notifications-not-offered = Non disponibile su questo canale
notifications-error-unknown = Il modulo conteneva una scelta che non esiste, quindi non è stato salvato nulla. Ricarica la pagina e riprova.
notifications-sms-to = Gli SMS arrivano al { $phone }, il numero del tuo profilo.
notifications-sms-no-phone = Aggiungi un numero di telefono al tuo profilo per ricevere SMS.
notifications-mobile-devices = Dispositivi mobili registrati per le notifiche push: { $count }. Le app li registrano tramite l’API REST.
notifications-test-title = Invia una prova
notifications-test-hint = Una prova passa dalla stessa coda delle notifiche reali, quindi compare anche nel registro degli invii.
notifications-test-sms = Invia un SMS di prova
notifications-test-email = Invia un’e-mail di prova
notifications-test-desktop = Invia una notifica desktop di prova
notifications-test-mobile = Invia una notifica push di prova
notifications-test-queued = La notifica di prova è in arrivo.
notifications-log-title = Registro degli invii
notifications-log-empty = Non ti è ancora stato inviato nulla.
notifications-log-col-what = Notifica
notifications-log-col-when = Creata
notifications-log-col-channel = Canale
notifications-log-col-status = Stato
notifications-log-col-attempts = Tentativi
notifications-log-col-error = Ultimo errore
notifications-log-sent-at = inviata il { $time }
notifications-log-older = Invii precedenti
notifications-status-pending = In attesa
notifications-status-sent = Inviata
notifications-status-failed = Non riuscita
notifications-error-no-phone = Nel tuo profilo non c’è un numero di telefono.
notifications-error-no-device = Non hai nessun dispositivo mobile registrato.
notifications-error-user-gone = Il destinatario non esiste più.
notifications-error-user-disabled = L’utente destinatario è disattivato.
notifications-error-unknown-kind = Questa versione di Dialback non conosce questa notifica.
profile-notifications-link = Scegli quali notifiche ricevere
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Desktop
notify-channel-mobile = Cellulare
notify-event-call-new = Nuova chiamata
notify-event-call-scheduled = Nuova chiamata programmata
notify-event-call-ringing = Il telefono squilla
notify-event-call-completed = Chiamata conclusa, con i dettagli
notify-event-call-missed = Chiamata persa
notify-event-call-scheduled-failed = Chiamata programmata non riuscita
notify-event-call-custom-fields = Campi personalizzati compilati da un visitatore
notify-event-call-additional-data = Il visitatore ha lasciato dati aggiuntivi
notify-event-message-new = Nuovo messaggio
notify-event-widget-installed = Nuovo widget installato
notify-event-product-update = Novità del prodotto
notify-event-report-daily = Report giornaliero del widget
notify-event-report-weekly = Report settimanale del widget
notify-event-notification-test = Notifica di prova
notify-event-subscription-expired = Abbonamento scaduto
notify-label-phone = Numero del visitatore
notify-label-time = Ora
notify-label-scheduled = Programmata per
notify-label-widget = Widget
notify-label-manager = Manager
notify-label-duration = Conversazione
notify-label-email = E-mail
notify-open-link = Apri in Dialback
notify-email-footer = Ricevi questo messaggio in base alle tue impostazioni di notifica in Dialback. Puoi modificarle in Impostazioni > Notifiche.
notify-call-new-subject = Nuova richiesta di chiamata da { $phone }
notify-call-new-body = { $phone } ha chiesto di essere richiamato tramite { $widget } alle { $time }.
notify-call-new-sms = Nuova richiesta di chiamata da { $phone } alle { $time }.
notify-call-scheduled-subject = { $phone } ha prenotato una chiamata per il { $scheduled }
notify-call-scheduled-body = { $phone } ha prenotato tramite { $widget } una chiamata per il { $scheduled }.
notify-call-scheduled-sms = Chiamata prenotata da { $phone } per il { $scheduled }.
notify-call-ringing-subject = Sta squillando: chiamata per { $phone }
notify-call-ringing-body = Sta squillando il telefono di un manager per la chiamata richiesta da { $phone } tramite { $widget }.
notify-call-ringing-sms = Sta squillando ora: chiamata per { $phone }.
notify-call-completed-subject = Chiamata con { $phone } conclusa ({ $duration })
notify-call-completed-body = { $manager } ha parlato con { $phone } per { $duration }. La chiamata si è conclusa alle { $time }.
notify-call-completed-sms = Chiamata conclusa: { $phone }, { $duration } con { $manager }, fine { $time }.
notify-call-missed-subject = Chiamata persa da { $phone }
notify-call-missed-manager-body = Nessun manager ha risposto alla chiamata richiesta da { $phone } tramite { $widget }. Si è conclusa alle { $time }; richiama il visitatore al più presto.
notify-call-missed-manager-sms = Chiamata persa da { $phone } alle { $time }: nessun manager ha risposto.
notify-call-missed-visitor-body = Il visitatore { $phone } non ha risposto alla richiamata richiesta tramite { $widget }. Si è conclusa alle { $time }.
notify-call-missed-visitor-sms = Chiamata persa con { $phone } alle { $time }: il visitatore non ha risposto.
notify-call-scheduled-failed-subject = Chiamata programmata con { $phone } non riuscita
notify-call-scheduled-failed-body = Non è stato possibile effettuare la chiamata che { $phone } aveva prenotato per il { $scheduled }. Si è conclusa alle { $time }.
notify-call-scheduled-failed-sms = Chiamata programmata con { $phone } non riuscita alle { $time }.
notify-call-custom-fields-subject = { $phone } ha compilato campi personalizzati
notify-call-custom-fields-body = Il visitatore { $phone } ha compilato campi personalizzati della sua chiamata tramite { $widget }. Qui sotto trovi tutti i campi compilati finora.
notify-call-custom-fields-sms = { $phone } ha compilato campi personalizzati della sua chiamata.
notify-call-additional-data-subject = { $phone } ha lasciato dati aggiuntivi
notify-call-additional-data-body = Il visitatore { $phone } ha lasciato dati aggiuntivi con la sua chiamata tramite { $widget }.
notify-call-additional-data-sms = { $phone } ha lasciato dati aggiuntivi con la sua chiamata.
notify-message-new-subject = Nuovo messaggio di un visitatore su { $widget }
notify-message-new-body = Un visitatore ha lasciato un messaggio su { $widget } alle { $time }:
notify-message-new-sms = Nuovo messaggio su { $widget }:
notify-widget-installed-subject = Il tuo widget è attivo su { $domain }
notify-widget-installed-body = Il widget di { $widget } è stato caricato per la prima volta su { $domain } alle { $time }. Ora i visitatori possono chiedere di essere richiamati da lì.
notify-widget-installed-sms = I visitatori di { $domain } ora possono chiedere di essere richiamati.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Report giornaliero dei tuoi widget
notify-report-weekly-subject = Report settimanale dei tuoi widget
notify-notification-test-subject = Notifica di prova di Dialback
notify-notification-test-body = Questa è una notifica di prova sul canale { $channel }. Se ti è arrivata, lì ti arriveranno anche le notifiche di Dialback.
notify-notification-test-sms = Notifica di prova di Dialback sul canale { $channel }: ricevuta.
activity-kind-PUSH_DEVICE_REGISTERED = Un dispositivo mobile è stato registrato per le notifiche push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Un dispositivo mobile è stato rimosso dalle notifiche push.
api-reason-device-token = usa il token rilasciato dalla piattaforma del dispositivo: al massimo 4096 caratteri, senza spazi.
api-reason-device-platform = usa android o ios.
api-error-device-not-found = Questo token del dispositivo non esiste in questo account.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Mensile
billing-period-annual = Annuale
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Bonifico bancario
subscription-title = Abbonamento
subscription-paid = Grazie. Il pagamento è confermato e il tuo piano è cambiato.
subscription-current-plan = Piano attuale
subscription-expires-on = Valido fino al
subscription-expired-on = Scaduto il
subscription-plans = Piani
subscription-no-plans = Non ci sono ancora piani in vendita.
subscription-prices-net = Prezzi IVA esclusa, nella valuta del tuo account. L'IVA si aggiunge all'ordine.
subscription-change = Cambia piano
subscription-see-price = Mostra il prezzo
subscription-pending = Pagamenti in attesa di conferma
subscription-pay-now = Paga
payment-reference = Causale del pagamento
checkout-field-plan = Piano
checkout-field-billing-period = Periodo di fatturazione
checkout-field-payment-system = Sistema di pagamento
checkout-field-full-name = Nome e cognome
checkout-field-company = Ragione sociale (se acquisti come azienda)
checkout-field-tax-id = Partita IVA o codice fiscale
checkout-field-country = Paese (codice di due lettere, per esempio IT)
checkout-field-city = Città
checkout-field-address = Indirizzo
checkout-field-zip-code = CAP
checkout-title = Ordine
checkout-price = Prezzo del piano
checkout-credit = Detrazione per la parte non usata del piano attuale
checkout-credit-rule = La detrazione è l’importo pagato per il periodo in corso moltiplicato per la parte del periodo che resta, arrotondato all’unità più piccola della valuta.
checkout-net = Imponibile
checkout-vat = IVA { $rate }%
checkout-vat-amount = IVA
checkout-gross = Totale da pagare
checkout-downgrade = Cosa perdi con questo piano
checkout-downgrade-intro = Il nuovo piano porta questi limiti sotto i valori attuali. Cambiano appena il pagamento è confermato.
checkout-downgrade-now = Ora
checkout-downgrade-after = Con il nuovo piano
checkout-downgrade-confirm = Ho capito che questi limiti saranno ridotti.
checkout-details = Dati di fatturazione
checkout-submit = Procedi al pagamento
proforma-title = Fattura proforma
proforma-intro = Bonifica il totale su questo conto indicando la causale. Il piano cambia quando l'operatore registra il pagamento.
proforma-paid = Questo pagamento è confermato.
proforma-recipient = Beneficiario
proforma-bank = Banca
proforma-account = Numero di conto
proforma-amount = Importo da pagare
proforma-issued = Emessa il
proforma-back = Torna all'abbonamento
sandbox-title = Ambiente di prova dei pagamenti
sandbox-intro = Questa pagina di prova sostituisce il fornitore dei pagamenti. Non viene addebitato denaro.
sandbox-pay = Conferma il pagamento
sandbox-cancel = Annulla e torna a Dialback
invoices-title = Fatture
invoices-empty = Non ci sono ancora fatture. Viene emessa una fattura per ogni pagamento confermato.
invoices-col-number = Numero
invoices-col-transaction = ID transazione
invoices-col-price = Prezzo
invoices-col-paid = Data di pagamento
invoices-col-kind = Tipo
invoices-download = Scarica il PDF
invoice-kind-subscription = Abbonamento
invoice-kind-one_time = Una tantum
invoice-line-subscription = Piano { $plan }, { $period }
invoice-line-subscription-credit = Piano { $plan }, { $period }, meno { $credit } di credito per la parte non usata del piano precedente
error-money-invalid = Inserisci un importo come 49.99, con un punto prima dei centesimi.
error-money-precision = Inserisci al massimo due cifre dopo il punto.
error-billing-period-unknown = Scegli la fatturazione mensile o annuale.
error-payment-system-unknown = Scegli un sistema di pagamento dall'elenco.
error-invoice-kind-unknown = Scegli abbonamento o una tantum.
error-plan-unknown = Scegli un piano dall'elenco.
error-plan-no-price = Questo piano non ha un prezzo nella valuta del tuo account per questo periodo. Scegli un altro piano o periodo.
error-checkout-required = Compila questo campo (al massimo 200 caratteri).
error-checkout-country = Inserisci il codice del paese di due lettere, per esempio IT o FR.
error-checkout-tax-id-required = Un'azienda deve indicare la propria partita IVA.
error-checkout-confirm-downgrade = Conferma di accettare i limiti più bassi.
activity-kind-PAYMENT_STARTED = È stato avviato un pagamento.
activity-kind-PAYMENT_CONFIRMED = È stato confermato un pagamento.
activity-kind-PAYMENT_CALLBACK_REJECTED = È stata respinta una notifica di pagamento.
activity-kind-SUBSCRIPTION_CHANGED = Il piano dell'abbonamento è cambiato.
activity-kind-INVOICE_ISSUED = È stata emessa una fattura.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Inserisci il numero fiscale.
error-tax-id-characters = Questo numero fiscale contiene caratteri che i numeri del paese scelto non usano.
error-tax-id-length = Questo numero fiscale ha un numero di caratteri sbagliato per il paese scelto.
error-tax-id-checksum = La cifra di controllo di questo numero fiscale non corrisponde. Controlla che non ci siano errori di battitura.
error-tax-id-prefix = Questo numero inizia con il prefisso di un altro paese. Scegli quel paese o togli il prefisso.
error-tax-id-country = Non possiamo verificare i numeri fiscali di questo paese. Scegli il paese che ha rilasciato il numero.
settings-nav-subscription = Abbonamento
settings-nav-invoices = Fatture
billing-title = Dati di fatturazione
billing-intro = Le nuove fatture vengono emesse con questi dati. Le fatture già emesse mantengono i dati con cui sono state emesse.
billing-country-choose = Scegli un paese
billing-zip-hint = Formato del codice postale nel paese scelto: { $example }
billing-tax-id-hint = Facoltativo. Inserisci la partita IVA o il numero fiscale del paese scelto, con o senza il prefisso del paese.
field-country = Paese
field-address = Indirizzo
field-zip-code = Codice postale
field-city = Città
field-tax-id = Partita IVA o numero fiscale
error-country-missing = Scegli un paese.
error-country-unknown = Scegli un paese dall’elenco.
error-address-missing = Inserisci l’indirizzo.
error-address-too-long = L’indirizzo è troppo lungo: usa al massimo 200 caratteri.
error-city-missing = Inserisci la città.
error-city-too-long = Il nome della città è troppo lungo: usa al massimo 100 caratteri.
error-zip-missing = Inserisci il codice postale.
error-zip-format = Inserisci il codice postale nel formato del paese scelto, ad esempio { $example }.
coupons-title = Coupon
coupons-intro = Un codice coupon aumenta uno dei limiti dell’account. Ogni codice si può usare una volta per account.
field-coupon-code = Codice coupon
coupons-apply = Applica
coupons-used = Coupon applicati
coupons-empty = Non è stato ancora applicato nessun coupon.
coupons-col-code = Codice
coupons-col-increase = Aumento del limite
coupons-col-applied = Data di applicazione
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Inserisci un codice coupon.
error-coupon-code-format = Un codice coupon ha da 3 a 40 lettere, cifre, trattini o trattini bassi.
error-coupon-unknown = Questo codice coupon non esiste. Controlla di averlo scritto bene.
error-coupon-expired = Questo codice coupon è scaduto.
error-coupon-exhausted = Questo codice coupon è esaurito.
error-coupon-already-used = Questo account ha già usato questo codice coupon.
error-coupon-throttled = { $count ->
    [one] Troppi codici coupon errati. Riprova tra { $count } minuto.
    [many] Troppi codici coupon errati. Riprova tra { $count } di minuti.
   *[other] Troppi codici coupon errati. Riprova tra { $count } minuti.
}
activity-kind-BILLING_INFO_CHANGED = I dati di fatturazione sono stati modificati.
activity-kind-COUPON_APPLIED = È stato applicato un coupon.
invoice-pdf-title = Fattura
invoice-pdf-number = Numero fattura
invoice-pdf-issued-on = Data di emissione
invoice-pdf-paid-on = Data di pagamento
invoice-pdf-transaction = ID transazione
invoice-pdf-seller = Venditore
invoice-pdf-buyer = Acquirente
invoice-pdf-tax-id = P. IVA: { $id }
invoice-pdf-col-number = N.
invoice-pdf-col-description = Descrizione
invoice-pdf-col-quantity = Q.tà
invoice-pdf-col-unit-net = Prezzo unitario netto
invoice-pdf-col-net = Imponibile
invoice-pdf-col-vat-rate = Aliquota IVA
invoice-pdf-col-vat = IVA
invoice-pdf-col-gross = Totale
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Totale
invoice-pdf-currency = Valuta: { $code }
country-AT = Austria
country-BE = Belgio
country-BG = Bulgaria
country-BR = Brasile
country-CY = Cipro
country-CZ = Cechia
country-DE = Germania
country-DK = Danimarca
country-EE = Estonia
country-ES = Spagna
country-FI = Finlandia
country-FR = Francia
country-GB = Regno Unito
country-GR = Grecia
country-HR = Croazia
country-HU = Ungheria
country-IE = Irlanda
country-IT = Italia
country-LT = Lituania
country-LU = Lussemburgo
country-LV = Lettonia
country-MT = Malta
country-NL = Paesi Bassi
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-SE = Svezia
country-SI = Slovenia
country-SK = Slovacchia
country-US = Stati Uniti
widget-message-title = Oppure lasciaci un messaggio
widget-name-label = Il tuo nome (facoltativo)
widget-email-label = Il tuo indirizzo e-mail
widget-message-label = Messaggio
widget-send-message = Invia messaggio
subscription-trial-plan = Periodo di prova
invoice-period-monthly = fatturazione mensile
invoice-period-annual = fatturazione annuale
activity-kind-SUBSCRIPTION_EXPIRED = L'abbonamento è scaduto ed è terminato il periodo di tolleranza, quindi i widget rifiutano le nuove richieste di chiamata.
api-error-subscription-expired = L'abbonamento dell'account è scaduto, quindi i suoi widget non accettano nuove richieste di chiamata. Il proprietario dell'account può rinnovarlo in Impostazioni > Abbonamento.
public-error-subscription-expired = Le richieste di richiamata non sono al momento disponibili su questo sito. Contatta l'azienda in un altro modo.
subscription-banner-expiring = Il tuo abbonamento scade il { $date }.
subscription-banner-grace = Il tuo abbonamento è scaduto il { $date }. Se non viene rinnovato, dal { $refused } i widget rifiuteranno le nuove richieste di chiamata.
subscription-banner-expired = Il tuo abbonamento è scaduto il { $date }. Finché non viene rinnovato, i widget rifiutano le nuove richieste di chiamata; le chiamate accettate prima si svolgono comunque.
subscription-banner-renew = Rinnovalo in Impostazioni > Abbonamento.
subscription-banner-ask-owner = Chiedi al proprietario dell'account di rinnovarlo.
notify-subscription-expired-subject = Il tuo abbonamento Dialback è scaduto
notify-subscription-expired-body = Il tuo abbonamento è scaduto il { $time } ed è terminato il periodo di tolleranza, quindi i tuoi widget non accettano più richieste di chiamata. Le chiamate accettate prima si svolgono comunque. Rinnovalo in Impostazioni > Abbonamento per accettare di nuovo le chiamate.
notify-subscription-expired-sms = Il tuo abbonamento Dialback è scaduto; i widget non accettano più richieste di chiamata.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Questo codice coupon non è più attivo.
error-forbidden-title = Non puoi aprire questa pagina
error-forbidden-message = Il tuo ruolo in questo account non lo consente. Se ti serve l’accesso, chiedilo al titolare dell’account.
error-tax-id-repeated = Un numero composto da una sola cifra ripetuta non viene mai assegnato. Inserisci il numero fiscale corretto.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Pagato fino al
checkout-credit-surplus = Il valore non usato del piano attuale supera questo prezzo di { $amount }. Non va perso: allunga il nuovo piano, come mostra la data qui sopra.
payment-cancel = Annulla
payment-cancelled-notice = Questo pagamento è stato annullato e non si può più pagare. Per cambiare piano, inizia un nuovo ordine.
payment-cancelled-done = Il pagamento in attesa è stato annullato.
payment-rejected-title = Il pagamento non è stato confermato
payment-rejected-back = Torna all’abbonamento
payment-rejected-bad-signature = Non è stato possibile verificare la conferma del sistema di pagamento. Il piano non è cambiato. Ricomincia il pagamento dalla pagina Abbonamento.
payment-rejected-unknown-payment = Nessun pagamento ha questo riferimento. Il piano non è cambiato.
payment-rejected-wrong-system = Questo pagamento non si paga con questo sistema di pagamento. Il piano non è cambiato.
payment-rejected-wrong-amount = L’importo o la valuta confermati non corrispondono a questo pagamento. Il piano non è cambiato.
payment-rejected-replayed = Questa conferma è già stata usata e non ha cambiato nulla. Se hai pagato, la pagina Abbonamento mostra il risultato.
payment-rejected-expired = La conferma è arrivata troppo tardi: la pagina di pagamento vale 15 minuti. Il piano non è cambiato. Riapri il pagamento dalla pagina Abbonamento.
payment-rejected-cancelled = Questo pagamento è stato annullato, per esempio da un ordine più recente, quindi non si può confermare. Il piano non è cambiato.
error-currency-paid-period = La valuta non si può cambiare finché è in corso un periodo pagato (fino al { $date }): la parte non usata si detrae solo nella valuta in cui è stata pagata.
activity-kind-PAYMENT_CANCELLED = È stato annullato un pagamento in attesa.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Questo token del dispositivo è registrato in un altro account.
notifications-test-throttled = Meno di un minuto fa è stato inviato un test su questo canale. Attendi un minuto prima di inviarne un altro.
error-webhook-url-metadata = Questo indirizzo porta a { $address }, un servizio di metadati del cloud che può consegnare le credenziali del server. I webhook non possono mai raggiungerlo, qualunque cosa consenta il server.
error-webhook-url-port = Indica una porta da 1 a 65535 oppure non indicare la porta.
error-message-text-control = Rimuovi dal messaggio i caratteri di controllo, ad esempio quelli incollati da un altro programma. A capo e tabulazioni vanno bene.
error-message-name-control = Rimuovi dal nome i caratteri invisibili o di controllo, come tabulazioni o a capo.
notify-label-name = Nome del visitatore
notifications-error-mail-unreachable = Non è stato possibile raggiungere il server di posta.
notifications-error-mail-refused = Il server di posta ha rifiutato il messaggio.
notifications-error-other = L’invio non è riuscito.
