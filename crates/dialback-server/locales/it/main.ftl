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
error-language-unknown = Scegli una delle lingue elencate.
error-currency-unknown = Scegli una delle valute elencate.
error-timezone-unknown = Scegli un fuso orario dall’elenco.
error-date-format-unknown = Scegli uno dei formati data elencati.
error-time-format-unknown = Scegli uno dei formati ora elencati.
error-date-invalid = Inserisci una data nel formato YYYY-MM-DD.
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
