## Navigation

nav-main = Menu principal
nav-settings = Paramètres
nav-sign-in = Se connecter
nav-sign-up = S’inscrire
nav-sign-out = Se déconnecter

## Common actions and messages

action-save = Enregistrer
settings-title = Paramètres
settings-saved = Vos modifications ont été enregistrées.

## Form fields

field-company-name = Nom de l’entreprise
field-name = Nom complet
field-email = Adresse e-mail
field-password = Mot de passe
field-job-title = Poste
field-phone-number = Numéro de téléphone
field-interface-language = Langue de l’interface
field-sms-language = Langue des SMS
field-email-language = Langue des e-mails
field-currency = Devise
field-timezone = Fuseau horaire
field-date-format = Format de date
field-time-format = Format d’heure
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe

password-rule = { $count ->
    [one] Utilisez au moins { $count } caractère. Les mots de passe courants ne sont pas acceptés.
    [many] Utilisez au moins { $count } de caractères. Les mots de passe courants ne sont pas acceptés.
   *[other] Utilisez au moins { $count } caractères. Les mots de passe courants ne sont pas acceptés.
}

## Validation errors

error-email-missing = Saisissez votre adresse e-mail.
error-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@example.com.
error-email-taken = Cette adresse e-mail est déjà utilisée par un autre utilisateur.
error-name-missing = Saisissez votre nom complet.
error-name-too-long = Le nom est trop long. Utilisez 100 caractères au maximum.
error-company-missing = Saisissez le nom de l’entreprise.
error-company-too-long = Le nom de l’entreprise est trop long. Utilisez 150 caractères au maximum.
error-job-title-too-long = L’intitulé du poste est trop long. Utilisez 100 caractères au maximum.
error-phone-missing = Saisissez un numéro de téléphone.
error-phone-invalid = Saisissez un numéro de téléphone valide. Pour un numéro hors de France, ajoutez l’indicatif du pays, par exemple +48 501 234 567.
error-password-missing = Saisissez votre mot de passe.
error-password-too-short = Le mot de passe est trop court. Utilisez au moins 8 caractères.
error-password-too-long = Le mot de passe est trop long. Utilisez 256 caractères au maximum.
error-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
error-current-password-wrong = Le mot de passe actuel est incorrect.
error-password-personal = Le mot de passe ne doit être ni votre adresse e-mail ni votre nom.
error-email-change-needs-password = Saisissez votre mot de passe actuel pour modifier l’adresse e-mail.
error-text-hidden-characters = Supprimez les caractères invisibles ou de contrôle, par exemple les tabulations ou les sauts de ligne.
error-language-unknown = Choisissez l’une des langues proposées.
error-currency-unknown = Choisissez l’une des devises proposées.
error-timezone-unknown = Choisissez un fuseau horaire dans la liste.
error-date-format-unknown = Choisissez l’un des formats de date proposés.
error-time-format-unknown = Choisissez l’un des formats d’heure proposés.
error-date-invalid = Saisissez une date au format YYYY-MM-DD.
error-activity-user-unknown = Choisissez dans la liste un utilisateur de ce compte.
error-date-range = La date de fin ne peut pas précéder la date de début.
error-activity-kind-unknown = Choisissez un type d’action dans la liste.
error-activity-source-unknown = Choisissez une source dans la liste.

## Error pages

error-not-found-title = Page introuvable
error-not-found-message = La page que vous recherchez n’existe pas ou n’est pas accessible depuis votre compte.
error-internal-title = Une erreur s’est produite
error-internal-message = Nous n’avons pas pu traiter votre demande. Réessayez dans quelques instants. Si le problème persiste, contactez le support en indiquant l’identifiant de requête ci-dessous.
error-unavailable-title = Service temporairement indisponible
error-unavailable-message = Dialback est surchargé ou sa base de données ne répond pas. Réessayez dans quelques instants.
error-csrf-title = Le formulaire a expiré
error-csrf-message = Pour votre sécurité, ce formulaire ne peut plus être envoyé. Revenez en arrière, rechargez la page et réessayez.
error-bad-request-title = La requête n’a pas pu être traitée
error-bad-request-message = Le formulaire ou l’adresse web envoyés à Dialback étaient mal formés ou trop volumineux. Revenez en arrière, rechargez la page et réessayez.
error-request-id = Identifiant de requête :
error-back-home = Retour à l’accueil

## Sign-up

signup-title = Créez votre compte Dialback
signup-intro = Configurez le compte de votre entreprise. Vous pourrez inviter votre équipe plus tard.
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ?

## Sign-in

login-title = Connectez-vous à Dialback
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
login-wrong-credentials = L’adresse e-mail ou le mot de passe est incorrect.
login-notice-reset = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
login-throttled = { $count ->
    [one] Trop de tentatives de connexion échouées. Réessayez dans { $count } minute.
    [many] Trop de tentatives de connexion échouées. Réessayez dans { $count } de minutes.
   *[other] Trop de tentatives de connexion échouées. Réessayez dans { $count } minutes.
}

## Sign-out

logout-title = Déconnexion
logout-done = Vous êtes déconnecté de Dialback.

## Forgotten password

forgot-title = Réinitialisez votre mot de passe
forgot-intro = Saisissez l’adresse e-mail avec laquelle vous vous connectez. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si cette adresse correspond à un compte Dialback, nous y avons envoyé un lien de réinitialisation du mot de passe. Consultez votre boîte de réception.
reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-link-invalid = Ce lien n’est pas valide, a expiré ou a déjà été utilisé.
reset-request-new = Demander un nouveau lien
reset-mail-subject = Réinitialisez votre mot de passe Dialback
reset-mail-body =
    Bonjour { $name },

    Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Dialback. Pour choisir un nouveau mot de passe, ouvrez ce lien :

    { $link }

    { $minutes ->
        [one] Ce lien ne peut servir qu’une fois et expire dans { $minutes } minute.
        [many] Ce lien ne peut servir qu’une fois et expire dans { $minutes } de minutes.
       *[other] Ce lien ne peut servir qu’une fois et expire dans { $minutes } minutes.
    } Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.

    L’équipe Dialback

## Settings > Profile

profile-title = Profil
profile-phone-stored = Enregistré sous la forme { $phone }.
profile-password-hint = Votre mot de passe actuel n’est demandé que si vous modifiez l’adresse e-mail.
email-changed-subject = Votre adresse de connexion Dialback a été modifiée
email-changed-body =
    Bonjour { $name },

    L’adresse e-mail avec laquelle vous vous connectez à Dialback a été remplacée par { $email }. Désormais, les messages de Dialback seront envoyés à cette adresse.

    Si vous n’êtes pas à l’origine de cette modification, réinitialisez immédiatement votre mot de passe et contactez le propriétaire de votre compte.

    L’équipe Dialback

## Settings > Account settings

account-title = Paramètres du compte
account-languages = Langues
account-currency-owner-only = Seul le propriétaire du compte ou un administrateur peut modifier la devise.
currency-PLN = Zloty polonais
currency-USD = Dollar des États-Unis
currency-GBP = Livre sterling
currency-EUR = Euro
currency-BRL = Réal brésilien

## Settings > Change password

password-title = Modifier le mot de passe
password-intro = Après la modification, cette session reste ouverte et toutes vos autres sessions sont fermées.
password-submit = Modifier le mot de passe

## Settings > Activity

activity-title = Activité
activity-filter-user = Utilisateur
activity-filter-kind = Action
activity-filter-from = Du
activity-filter-to = Au
activity-filter-any = Indifférent
activity-filter-apply = Filtrer
activity-count = { $count ->
    [0] Aucune entrée ne correspond.
    [one] { $count } entrée correspond.
    [many] { $count } d’entrées correspondent.
   *[other] { $count } entrées correspondent.
}
activity-empty = Aucune activité à afficher.
activity-older = Entrées plus anciennes
activity-user-none = Système
activity-col-id = ID
activity-col-user = Utilisateur
activity-col-kind = Action
activity-col-source = Source
activity-col-time = Date et heure
activity-source-web = Web
activity-source-api = API
activity-source-cli = Ligne de commande
activity-source-system = Système
activity-kind-USER_ADDED = Un utilisateur a été ajouté à l’équipe.
activity-kind-USER_EDITED = Le profil d’un utilisateur a été modifié.
activity-kind-USER_DELETED = Un utilisateur a été retiré de l’équipe.
activity-kind-USER_SIGNUP = Le compte a été créé.
activity-kind-USER_LOGGED_IN = Un utilisateur s’est connecté.
activity-kind-USER_LOGGED_OUT = Un utilisateur s’est déconnecté.
activity-kind-USER_CHANGED_PASSWORD = Un utilisateur a modifié son mot de passe.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Un utilisateur a demandé un lien de réinitialisation du mot de passe.
activity-kind-USER_RESET_PASSWORD = Un utilisateur a défini un nouveau mot de passe via un lien de réinitialisation.
activity-kind-USER_CHANGED_NOTIFICATIONS = Un utilisateur a modifié ses paramètres de notification.
activity-kind-ACCOUNT_SETTINGS_EDITED = Les paramètres du compte ont été modifiés.

## Validation errors of the core

error-role-unknown = Choisissez le rôle owner, admin ou manager.
error-permission-unknown = Choisissez des autorisations parmi celles proposées.
error-business-time-invalid = Indiquez chaque jour des horaires de travail avec day_of_week de 0 (dimanche) à 6, start_time et end_time au format HH:MM, le début précédant la fin, ainsi qu’un fuseau horaire valide.
error-domain-invalid = Saisissez un nom de domaine, par exemple shop.example.com.
error-call-status-unknown = Choisissez un statut d’appel dans la liste.

## REST API messages

api-error-field = Valeur non valide pour { $field } : { $reason }
api-error-field-sentence = Valeur non valide pour { $field }. { $reason }
api-error-missing = Le paramètre { $field } est manquant.
api-error-permission = Cette clé API n’a pas l’autorisation { $permission }.
api-error-key-missing = Envoyez votre clé API dans l’en-tête Authorization.
api-error-key-invalid = La clé API n’est pas valide.
api-error-key-revoked = La clé API a été révoquée. Créez-en une nouvelle dans Paramètres > Clés API.
api-error-key-expired = La clé API a expiré. Créez-en une nouvelle dans Paramètres > Clés API.
api-error-rate-limited = { $count ->
    [one] Trop de requêtes avec cette clé API. Réessayez dans { $count } seconde.
    [many] Trop de requêtes avec cette clé API. Réessayez dans { $count } de secondes.
   *[other] Trop de requêtes avec cette clé API. Réessayez dans { $count } secondes.
}
api-error-internal = La requête n’a pas pu aboutir en raison d’une erreur interne. Réessayez. Si le problème persiste, contactez le support en indiquant l’en-tête X-Request-Id de la réponse.
api-error-bad-request = La requête n’a pas pu être lue. Vérifiez le chemin, les paramètres et leur encodage dans /api/docs.
api-error-widget-not-found = Ce widget n’existe pas, ou cette clé API ne peut pas l’utiliser.
api-error-user-not-found = Cet utilisateur n’existe pas dans ce compte.
api-error-manager-not-found = Ce manager n’existe pas, ou cette clé API ne peut pas utiliser son widget.
api-error-call-not-found = Cet appel n’existe pas, ou cette clé API ne peut pas utiliser son widget.
api-error-widget-disabled = Le widget est désactivé et ne reçoit donc aucun appel.
api-error-no-manager = Aucun manager ne peut prendre d’appel pour le moment. Utilisez plutôt widgets/call-or-schedule pour programmer l’appel.
api-reason-not-integer = nombre entier attendu.
api-reason-not-boolean = 1, 0, true ou false attendu.
api-reason-not-json = JSON attendu.
api-reason-wrong-shape = la valeur n’a pas la structure attendue.
api-reason-limit-range = utilisez un nombre de 1 à 1000.
api-reason-offset-negative = utilisez 0 ou un nombre supérieur.
api-reason-url = adresse web attendue, par exemple https://shop.example.com.
api-reason-too-long = le texte est trop long.
api-reason-text-240 = utilisez 240 caractères au maximum.
api-reason-department-or-manager = envoyez department_id ou manager_id, mais pas les deux.
api-reason-not-this-widget = l’élément indiqué n’appartient pas à ce widget.
api-reason-schedule = indiquez une date future sous forme d’horodatage Unix en secondes, au plus 30 jours à l’avance.
api-reason-message-id = ce n’est pas un message de ce canal.
api-reason-owner-role = un nouvel utilisateur ne peut être qu’administrateur ou manager, car le compte a déjà un propriétaire.
api-reason-last-owner = on ne peut ni retirer le dernier propriétaire du compte ni lui attribuer un autre rôle.
api-reason-status = utilisez des statuts d’appel tels que completed ou manager-failed.
api-reason-field-name = utilisez de 1 à 100 caractères.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Nous vous rappellerons le { $time }. Merci de votre patience.
sms-visitor-cancel-scheduled = Votre appel programmé a été annulé.
sms-visitor-dial-completed = Merci pour cet échange. Nous restons à votre disposition.
voice-client-start = Bonjour, merci de patienter, nous vous mettons en relation avec un conseiller.
voice-client-end-success = Merci pour cet échange. Au revoir.
voice-client-end-failed = Nous n’avons pas pu vous mettre en relation avec un conseiller. Nous vous rappellerons très bientôt.
voice-manager-start = Vous avez un appel depuis le site web. Nous vous mettons en relation avec le visiteur.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Un widget a été ajouté.
activity-kind-WIDGET_EDITED = Un widget a été modifié.
activity-kind-WIDGET_DELETED = Un widget a été supprimé.
activity-kind-API_KEY_CREATED = Une clé API a été créée.
activity-kind-API_KEY_REVOKED = Une clé API a été révoquée.
activity-kind-CALL_REQUESTED = Un appel a été demandé.
activity-kind-CALL_FIELD_EDITED = Un champ personnalisé d’un appel a été modifié.
activity-kind-CALL_CANCELLED = Un appel a été annulé.

## Settings > API keys

api-keys-title = Clés API
api-keys-intro = Les clés permettent à vos propres logiciels d’utiliser l’API REST de Dialback. Chaque clé ne peut utiliser que les widgets et les autorisations que vous lui accordez.
api-keys-created = Votre nouvelle clé API figure ci-dessous. Copiez-la maintenant : elle ne sera affichée qu’une seule fois.
api-keys-owner-only = Seul le propriétaire du compte ou un administrateur peut gérer les clés API.
api-keys-empty = Ce compte n’a encore aucune clé API.
api-keys-col-description = Description
api-keys-col-key = Clé
api-keys-col-access = Accès
api-keys-col-created = Création
api-keys-col-last-used = Dernière utilisation
api-keys-col-state = État
api-keys-col-actions = Actions
api-keys-revoke = Révoquer
api-keys-new = Nouvelle clé API
api-keys-all-widgets = Tous les widgets, y compris les futurs
api-keys-create = Créer la clé
api-keys-never-used = Jamais
api-keys-last-used-from = { $time } depuis { $ip }
api-keys-state-active = Active
api-keys-state-revoked = Révoquée
api-keys-state-expired = Expirée
api-keys-expires-on = Valable jusqu’au { $date }
api-keys-widgets-all = Tous les widgets
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [many] { $count } de widgets
   *[other] { $count } widgets
}
api-keys-revoked-notice = La clé API a été révoquée. Les intégrations qui l’utilisent cessent immédiatement de fonctionner.
field-api-key-description = Description (facultatif)
field-api-key-widgets = Widgets
field-api-key-permissions = Autorisations
field-api-key-expires = Date d’expiration (facultatif)
error-api-key-widgets-missing = Choisissez tous les widgets ou au moins un widget.
error-api-key-permissions-missing = Choisissez au moins une autorisation.
error-api-key-expiry-past = Choisissez une date future ou laissez le champ vide.
error-api-key-description-too-long = La description est trop longue. Utilisez 200 caractères au maximum.
permission-calls = Appels : accès complet
permission-calls-view = Appels : consultation de l’historique
permission-managers = Utilisateurs et managers : accès complet
permission-managers-view = Utilisateurs et managers : consultation
permission-managers-edit = Managers : attribution et modification
permission-sms = Textes SMS : accès complet
permission-sms-view = Textes SMS : consultation
permission-sms-edit = Textes SMS : modification
permission-voice = Annonces vocales : accès complet
permission-voice-view = Annonces vocales : consultation
permission-voice-edit = Annonces vocales : modification
permission-widgets = Widgets : accès complet
permission-widgets-view = Widgets : consultation
permission-widgets-edit = Widgets : création, modification et suppression
permission-widgets-call = Widgets : demande d’appels

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Ce widget n’est pas disponible.
widget-title = Voulez-vous que nous vous rappelions ?
widget-phone-label = Votre numéro de téléphone
widget-call-button = Appelez-moi maintenant
widget-schedule-button = Appelez-moi plus tard
widget-unavailable-now = Nos conseillers ne sont pas disponibles pour le moment. Choisissez un horaire et nous vous rappellerons.
widget-call-coming = Merci ! Votre téléphone va sonner dans un instant.
widget-call-scheduled = Merci ! Nous vous rappellerons à l’heure choisie.

## REST API reference page

api-docs-title = API REST de Dialback
api-docs-intro = L’API accepte telles quelles les requêtes destinées à l’API externe de CallPage : mêmes chemins, même enveloppe de réponse et même en-tête pour la clé. Envoyez la clé créée dans Paramètres > Clés API dans l’en-tête Authorization, seule ou sous la forme « Bearer <clé> ». Les paramètres se placent dans la chaîne de requête pour les requêtes GET et, sinon, dans un corps form-urlencoded ou JSON. Chaque réponse contient hasError, errorCode, message, data et meta. Les paramètres marqués d’un * sont obligatoires. Les descriptions des points de terminaison sont en anglais.
api-docs-openapi = Document OpenAPI 3.1
api-docs-permission = Autorisation :
api-docs-parameter = Paramètre
api-docs-type = Type
api-docs-description = Description
api-docs-any-key = toute clé valide

## My team

nav-team = Mon équipe
team-title = Mon équipe
team-col-state = État
team-state-enabled = Actif
team-state-disabled = Désactivé
team-add = Ajouter un membre
team-add-hint = Le nouveau membre pourra se connecter après avoir choisi un mot de passe via « Mot de passe oublié ? » sur la page de connexion.
team-add-submit = Ajouter le membre
team-owner-only = Seul le propriétaire du compte ou un administrateur peut modifier l’équipe.
team-edit-title = Modifier le membre
team-back = Retour à l’équipe
team-enabled = Actif : peut se connecter et prendre des appels
team-delete = Retirer de l’équipe
team-verify-number = Vérifier
team-caller-id-verified = Vérifié
team-last-owner = Impossible de retirer le dernier propriétaire du compte ou de lui attribuer un autre rôle.
team-self-delete = Vous ne pouvez pas vous retirer vous-même. Demandez-le à un autre propriétaire ou administrateur.
field-role = Rôle
role-owner = Propriétaire
role-admin = Administrateur
role-manager = Manager

## Widgets

nav-widgets = Widgets
nav-calls = Appels
action-add = Ajouter
action-remove = Retirer
widgets-title = Widgets
widgets-empty = Ce compte n’a encore aucun widget. Ajoutez le premier ci-dessous.
widgets-col-state = État
widgets-col-managers = Managers
widgets-add = Ajouter un widget
widgets-add-submit = Ajouter le widget
widgets-back = Retour aux widgets
widgets-widget = Widget
widgets-state-enabled = Activé : les visiteurs voient le widget et peuvent demander un appel.
widgets-state-disabled = Désactivé : les visiteurs ne voient pas le widget.
widgets-enable = Activer
widgets-disable = Désactiver
widgets-duplicate = Dupliquer
widgets-delete = Supprimer le widget
widgets-general = Général
widgets-busy-mode-hint = Activé : quand tous les managers sont occupés, la demande du visiteur est refusée. Désactivé : les visiteurs peuvent réserver un horaire pour l’appel.
widgets-domains = Domaines autorisés
widgets-domains-hint = Le widget ne fonctionne que sur ces sites. Si aucun domaine n’est indiqué, il fonctionne partout.
widgets-departments = Services
widgets-managers = Managers
widgets-no-managers = Aucun manager ne prend encore les appels de ce widget.
widgets-add-manager = Ajouter un manager
widgets-manager-enabled = prend les appels
widgets-manager-disabled = en pause
widgets-manager-pause = Mettre en pause
widgets-manager-resume = Reprendre
widgets-days-off = Jours de fermeture
widgets-embed = Adresse de configuration du widget
widgets-embed-hint = Le script du widget sur votre site lit sa configuration à cette adresse.
widgets-preview = Aperçu du widget
widgets-preview-hint = Voici le widget tel que le voit un visiteur depuis votre adresse actuelle. Une adresse bloquée ne voit rien.
widgets-hours-none = aucun horaire de travail
widgets-no-department = Aucun service
widgets-no-users = Ajoutez d’abord des membres de l’équipe avec un numéro de téléphone.
field-widget-url = Adresse du site web
field-widget-description = Description
field-widget-language = Langue du widget
field-widget-timezone = Fuseau horaire du widget
field-widget-busy-mode = Mode occupé
field-widget-domain = Domaine
field-widget-department = Nom du service
field-widget-user = Membre de l’équipe
field-widget-days = Jours travaillés
field-widget-start = Heure de début
field-widget-end = Heure de fin
field-widget-days-off = Jours de fermeture, une date par ligne (YYYY-MM-DD)
error-widget-url-invalid = Saisissez l’adresse d’un site web, par exemple https://shop.example.com.
error-widget-description-too-long = La description est trop longue. Utilisez 500 caractères au maximum.
error-department-name = Saisissez un nom de service de 100 caractères au maximum.
error-manager-user = Choisissez un membre de l’équipe de ce compte.
error-manager-days = Choisissez au moins un jour travaillé, avec une heure de début antérieure à l’heure de fin.
error-days-off-invalid = Saisissez chaque jour de fermeture au format YYYY-MM-DD, un par ligne.
weekday-0 = Dimanche
weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi

## Calls

calls-title = Appels
calls-call = Appel
calls-back = Retour aux appels
calls-col-phone = Numéro de téléphone
calls-col-status = Statut
calls-col-manager = Manager
calls-col-duration = Durée de conversation
calls-widget = Widget
calls-requested = Demandé le
calls-scheduled-for = Prévu le
calls-page = Page
calls-fields = Informations laissées par le visiteur
calls-events = Déroulement
calls-filter-status = Statut
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Aucun appel ne correspond.
    [one] { $count } appel correspond.
    [many] { $count } d’appels correspondent.
   *[other] { $count } appels correspondent.
}
calls-duration = { $count ->
    [one] { $count } seconde
    [many] { $count } de secondes
   *[other] { $count } secondes
}
calls-nobody = —
calls-cancel = Annuler l’appel
call-status-new = En attente d’un manager disponible
call-status-scheduled = Programmé
call-status-ringing = Appel du manager en cours
call-status-in-progress = En communication
call-status-completed = Terminé
call-status-manager-failed = Aucun manager n’a répondu
call-status-user-failed = Le visiteur n’a pas répondu
call-status-failed = Échec
call-status-cancelled = Annulé

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Date d’ajout
limits-title = Limites
limits-intro = Pour des raisons de sécurité, chaque compte est soumis à des limites d’appels. Si vous souhaitez en modifier une, décrivez votre besoin ci-dessous. L’exploitant de Dialback examine chaque demande.
limits-col-limit = Limite
limits-col-value = Valeur
limits-col-use = Utilisation actuelle
limits-col-change = Modification
limits-col-state = État
limit-max_calls_in_progress = Appels simultanés en cours
limit-max_conversation_duration = Durée maximale d’une conversation
limit-scheduled_calls_per_timestamp = Appels programmés pour un même horaire
limits-use-calls = { $count ->
    [one] { $count } appel actuellement en sonnerie ou en communication
    [many] { $count } d’appels actuellement en sonnerie ou en communication
   *[other] { $count } appels actuellement en sonnerie ou en communication
}
limits-use-longest = { $count ->
    [one] conversation la plus longue à ce jour : { $count } seconde
    [many] conversation la plus longue à ce jour : { $count } de secondes
   *[other] conversation la plus longue à ce jour : { $count } secondes
}
limits-use-busiest = { $count ->
    [one] horaire le plus chargé : { $count } appel programmé
    [many] horaire le plus chargé : { $count } d’appels programmés
   *[other] horaire le plus chargé : { $count } appels programmés
}
limits-request = Demander la modification d’une limite
limits-request-submit = Envoyer la demande
limits-requests = Vos demandes
limits-state-pending = En attente de décision
limits-state-approved = Approuvée
limits-state-rejected = Refusée
field-limit = Limite
field-limit-new-value = Nouvelle valeur
field-limit-description = Pourquoi avez-vous besoin de cette modification ?
error-limit-unknown = Choisissez l’une des limites proposées.
error-limit-value = Saisissez un nombre entier compris entre 1 et le maximum autorisé pour cette limite (10 000 appels ou 86 400 secondes).
error-limit-description = Décrivez votre besoin en 10 à 2000 caractères.
ip-title = Adresses IP
ip-intro = Les visiteurs dont l’adresse ou la plage d’adresses est bloquée ne voient pas vos widgets et ne peuvent pas demander d’appel. Les adresses autorisées ne sont jamais restreintes, pas même par le blocage automatique des adresses qui demandent de nombreux appels sans répondre à aucun.
ip-empty = Les deux listes sont vides.
ip-add = Ajouter une adresse ou une plage d’adresses
ip-col-hits = Correspondances
ip-list-whitelist = Adresses autorisées
ip-list-blacklist = Adresses bloquées
field-ip-address = Adresse IP ou plage d’adresses (CIDR)
field-ip-list-type = Liste
field-ip-note = Note (facultatif)
error-ip-missing = Saisissez une adresse IP ou une plage d’adresses, par exemple 203.0.113.0/24.
error-ip-invalid = Saisissez une adresse IPv4 ou IPv6 valide, ou une plage d’adresses en notation CIDR, par exemple 203.0.113.0/24.
error-ip-list-type = Choisissez la liste des adresses autorisées ou celle des adresses bloquées.
error-ip-note = La note est trop longue ou contient des caractères invisibles. Utilisez 200 caractères visibles au maximum.
error-ip-overlap = Votre saisie chevauche l’entrée { $network } de la liste « { $list } ». Supprimez d’abord cette entrée ou saisissez une plage qui ne la chevauche pas.
numbers-title = Numéros bloqués
numbers-intro = Un numéro de téléphone figurant sur cette liste ne reçoit jamais d’appel de Dialback.
numbers-empty = Aucun numéro n’est bloqué.
numbers-add = Bloquer un numéro
error-number-listed = Ce numéro est déjà bloqué.
error-number-blacklisted = Ce numéro de téléphone est bloqué dans ce compte et ne reçoit donc aucun appel.
public-error-call-refused = Nous ne pouvons pas appeler ce numéro. Veuillez nous contacter par un autre moyen.
error-slot-full = Cet horaire est complet. Choisissez-en un autre.
api-error-address-blocked = L’adresse IP du visiteur est bloquée dans ce compte.
api-error-calls-limit = Le compte a atteint sa limite d’appels en cours. Réessayez dès qu’un appel sera terminé ou demandez une limite plus élevée dans Paramètres > Limites.
api-error-tag-not-found = Cette étiquette n’existe pas dans ce compte.
caller-ids-title = Numéros d’appelant
caller-ids-intro = Tous les numéros de téléphone ajoutés un jour au compte. Les visiteurs ne voient le numéro d’un manager s’afficher comme appelant qu’une fois ce numéro vérifié. D’ici là, c’est le numéro de Dialback qui s’affiche.
caller-ids-empty = Aucun numéro de téléphone n’a encore été ajouté au compte.
caller-ids-col-verified = Vérifié
caller-ids-not-verified = Non vérifié
caller-ids-send-sms = Envoyer un code par SMS
caller-ids-send-voice = Envoyer un code par appel vocal
caller-ids-verify = Vérifier
caller-ids-code-message = Votre code de vérification Dialback est { $code }. Il expire dans 10 minutes.
field-caller-id-code = Code à six chiffres
error-code-wrong = Le code est incorrect. Vérifiez-le et réessayez.
error-code-expired = Le code a expiré ou aucun code n’a été envoyé. Envoyez-en un nouveau.
error-code-attempts = Trop de codes erronés. Envoyez-en un nouveau.
tags-title = Étiquettes
tags-intro = Les étiquettes classent les appels par sujet, pour que vous puissiez les retrouver et les filtrer facilement.
tags-empty = Ce compte n’a encore aucune étiquette.
tags-add = Ajouter une étiquette
tags-col-updated = Dernière modification
field-tag-label = Libellé
field-tag-color = Couleur
error-tag-label = Saisissez un libellé de 1 à 50 caractères visibles.
error-tag-color = Indiquez la couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #0b6bcb.
error-tag-duplicate = Une autre étiquette porte déjà ce libellé.
calls-tag = Étiquette
calls-add-tag = Ajouter l’étiquette
activity-kind-CALL_TAGGED = Une étiquette a été ajoutée à un appel.
activity-kind-CALL_UNTAGGED = Une étiquette a été retirée d’un appel.
activity-kind-LIMIT_CHANGE_REQUESTED = Une modification de limite a été demandée.
activity-kind-LIMIT_CHANGE_APPROVED = Une modification de limite a été approuvée.
activity-kind-LIMIT_CHANGE_REJECTED = Une modification de limite a été refusée.
activity-kind-IP_ADDRESS_ADDED = Une adresse IP a été ajoutée à une liste.
activity-kind-IP_ADDRESS_REMOVED = Une adresse IP a été retirée d’une liste.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Une adresse IP a été bloquée automatiquement, car elle a demandé de nombreux appels sans répondre à aucun.
activity-kind-BLACKLISTED_NUMBER_ADDED = Un numéro de téléphone a été bloqué.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Un numéro de téléphone a été débloqué.
activity-kind-CALLER_ID_ADDED = Un numéro d’appelant a été ajouté.
activity-kind-CALLER_ID_VERIFICATION_SENT = Un code de vérification a été envoyé à un numéro d’appelant.
activity-kind-CALLER_ID_VERIFIED = Un numéro d’appelant a été vérifié.
activity-kind-CALLER_ID_DELETED = Un numéro d’appelant a été supprimé.
activity-kind-TAG_ADDED = Une étiquette a été ajoutée.
activity-kind-TAG_EDITED = Une étiquette a été modifiée.
activity-kind-TAG_DELETED = Une étiquette a été supprimée.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notifications
live-dismiss = Fermer
live-open = Ouvrir
live-enable-desktop = Afficher les notifications sur le bureau
report-daily-subject = Rapport quotidien du { $date }
report-weekly-subject = Rapport hebdomadaire du { $first } au { $last }
report-daily-intro = Appels reçus par vos widgets le { $date } (fuseau horaire { $timezone }).
report-weekly-intro = Appels reçus par vos widgets du { $first } au { $last } (fuseau horaire { $timezone }).
report-col-widget = Widget
report-col-requested = Demandés
report-col-answered = Répondus
report-col-missed = Manqués
report-col-average-wait = Attente moyenne
report-col-average-talk = Durée moyenne de conversation
report-col-day = Jour
report-total = Tous les widgets
report-none = —
report-chart-title = Appels par jour
report-chart-alt = Diagramme en barres des appels par jour ; le tableau ci-dessous donne les mêmes chiffres.
report-legend-answered = Répondus
report-legend-missed = Manqués
report-legend-other = Autres issues : annulés, en échec ou non terminés
report-open-calls = Ouvrir la liste des appels
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Messages
messages-title = Messages
messages-intro = Les messages laissés par les visiteurs sur vos widgets, du plus récent au plus ancien.
messages-count = { $count ->
    [0] Aucun message pour l’instant.
    [one] { $count } message.
    [many] { $count } de messages.
   *[other] { $count } messages.
}
messages-col-widget = Widget
messages-col-visitor = Visiteur
messages-col-text = Message
error-message-text-missing = Écrivez un message.
error-message-text-too-long = Raccourcissez le message à 2000 caractères au maximum.
error-message-contact-missing = Indiquez un numéro de téléphone ou une adresse e-mail pour que nous puissions vous répondre.
public-error-message-refused = Nous ne pouvons pas accepter ce message. Veuillez nous contacter par un autre moyen.
widget-message-received = Merci ! Nous avons bien reçu votre message et reviendrons vers vous.
activity-kind-MESSAGE_RECEIVED = Un visiteur a laissé un message.
activity-kind-WEBHOOK_ADDED = Un webhook a été ajouté.
activity-kind-WEBHOOK_ENABLED = Un webhook a été activé.
activity-kind-WEBHOOK_DISABLED = Un webhook a été désactivé.
activity-kind-WEBHOOK_SECRET_ROTATED = Le secret de signature d’un webhook a été remplacé.
activity-kind-WEBHOOK_DELETED = Un webhook a été supprimé.
webhooks-title = Webhooks
webhooks-intro = Lorsqu’un des événements choisis se produit, Dialback envoie à chaque adresse ci-dessous une requête POST signée contenant du JSON. Les envois échoués sont retentés à des intervalles de plus en plus longs.
webhooks-owner-only = Seuls les propriétaires et les administrateurs du compte peuvent gérer les webhooks.
webhooks-empty = Le compte n’a pas encore de webhook.
webhooks-col-url = Adresse
webhooks-col-events = Événements
webhooks-col-secret = Secret de signature
webhooks-col-state = État
webhooks-state-enabled = Activé
webhooks-state-disabled = Désactivé
webhooks-log = Journal des envois
webhooks-enable = Activer
webhooks-disable = Désactiver
webhooks-rotate-secret = Remplacer le secret
webhooks-signature-hint = Chaque requête porte l’en-tête Dialback-Signature: t=<heure Unix>,v1=<HMAC-SHA256 en hexadécimal de l’heure, d’un point et du corps, avec le secret de signature comme clé>. Vérifiez-le avant de faire confiance à une requête.
webhooks-add = Ajouter un webhook
field-webhook-url = Adresse (URL)
field-webhook-events = Événements à envoyer
error-webhook-url-missing = Saisissez l’adresse qui doit recevoir les événements.
error-webhook-url-too-long = Raccourcissez l’adresse à 2000 caractères au maximum.
error-webhook-url-invalid = Saisissez une adresse complète commençant par https:// ou http://, par exemple https://example.com/dialback.
error-webhook-url-credentials = Saisissez l’adresse sans nom d’utilisateur ni mot de passe.
error-webhook-url-forbidden = Cette adresse mène à { $address }, qui ne fait pas partie de l’internet public. Les webhooks ne peuvent joindre que des adresses publiques.
error-webhook-url-unresolved = Le nom d’hôte de cette adresse est introuvable. Vérifiez l’orthographe.
error-webhook-events-missing = Choisissez au moins un événement dans la liste.
error-webhook-too-many = { $count ->
    [one] Un compte peut avoir au plus { $count } webhook. Supprimez-en un d’abord.
    [many] Un compte peut avoir au plus { $count } de webhooks. Supprimez-en un d’abord.
   *[other] Un compte peut avoir au plus { $count } webhooks. Supprimez-en un d’abord.
}
webhooks-event-call-new = Nouvel appel
webhooks-event-call-scheduled = Appel programmé
webhooks-event-call-ringing = Appel en train de sonner
webhooks-event-call-completed = Appel terminé
webhooks-event-call-missed = Appel manqué
webhooks-event-call-scheduled-failed = Échec d’un appel programmé
webhooks-event-call-custom-fields = Champs personnalisés remplis par un visiteur
webhooks-event-call-additional-data = Le visiteur a laissé des informations supplémentaires
webhooks-event-message-new = Nouveau message
webhooks-log-title = Journal des envois du webhook
webhooks-back = Retour aux webhooks
webhooks-col-event = Événement
webhooks-col-attempts = Tentatives
webhooks-no-attempts = Pas encore envoyé.
webhooks-deliveries-count = { $count ->
    [0] Rien n’a encore été envoyé à ce webhook.
    [one] { $count } envoi.
    [many] { $count } d’envois.
   *[other] { $count } envois.
}
webhooks-status-delivered = Livré
webhooks-status-failed = Échec ; plus aucune tentative
webhooks-status-pending = En attente d’envoi
webhooks-status-retrying = Échec ; prochaine tentative le { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Refusé : l’adresse ne fait pas partie de l’internet public
webhooks-error-unresolved = Nom d’hôte introuvable
webhooks-error-timeout = Pas de réponse à temps
webhooks-error-connect = La connexion a échoué
webhooks-error-too-many-redirects = Trop de redirections
webhooks-error-invalid-redirect = Une redirection sans adresse cible valide
webhooks-error-request = La requête a échoué
# Notifications (branch notify)
notifications-title = Notifications
notifications-intro = Choisissez quels événements vous parviennent par chaque canal. Les changements s’appliquent quand vous cliquez sur Enregistrer.
notifications-col-event = Événement
notifications-not-offered = Non disponible sur ce canal
notifications-error-unknown = Le formulaire contenait un choix qui n’existe pas, donc rien n’a été enregistré. Rechargez la page et réessayez.
notifications-sms-to = Les SMS sont envoyés au { $phone }, le numéro de votre profil.
notifications-sms-no-phone = Ajoutez un numéro de téléphone à votre profil pour recevoir des SMS.
notifications-mobile-devices = Appareils mobiles enregistrés pour les notifications push : { $count }. Les applications les enregistrent via l’API REST.
notifications-test-title = Envoyer un test
notifications-test-hint = Un test passe par la même file d’attente que les vraies notifications, il apparaît donc aussi dans le journal des envois.
notifications-test-sms = Envoyer un SMS de test
notifications-test-email = Envoyer un e-mail de test
notifications-test-desktop = Envoyer une notification de bureau de test
notifications-test-mobile = Envoyer une notification push de test
notifications-test-queued = La notification de test est en route.
notifications-log-title = Journal des envois
notifications-log-empty = Rien ne vous a encore été envoyé.
notifications-log-col-what = Notification
notifications-log-col-when = Créée
notifications-log-col-channel = Canal
notifications-log-col-status = État
notifications-log-col-attempts = Tentatives
notifications-log-col-error = Dernière erreur
notifications-log-sent-at = envoyée le { $time }
notifications-log-older = Envois plus anciens
notifications-status-pending = En attente
notifications-status-sent = Envoyée
notifications-status-failed = Échec
notifications-error-no-phone = Votre profil ne contient pas de numéro de téléphone.
notifications-error-no-device = Aucun appareil mobile n’est enregistré pour vous.
notifications-error-user-gone = Le destinataire n’existe plus.
notifications-error-user-disabled = L’utilisateur destinataire est désactivé.
notifications-error-unknown-kind = Cette version de Dialback ne connaît pas cette notification.
profile-notifications-link = Choisir les notifications que vous recevez
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Bureau
notify-channel-mobile = Mobile
notify-event-call-new = Nouvel appel
notify-event-call-scheduled = Nouvel appel programmé
notify-event-call-ringing = Le téléphone sonne
notify-event-call-completed = Appel terminé, avec ses détails
notify-event-call-missed = Appel manqué
notify-event-call-scheduled-failed = Échec d’un appel programmé
notify-event-call-custom-fields = Champs personnalisés remplis par un visiteur
notify-event-call-additional-data = Le visiteur a laissé des informations supplémentaires
notify-event-message-new = Nouveau message
notify-event-widget-installed = Nouveau widget installé
notify-event-product-update = Nouveautés du produit
notify-event-report-daily = Rapport quotidien du widget
notify-event-report-weekly = Rapport hebdomadaire du widget
notify-event-notification-test = Notification de test
notify-event-subscription-expired = Abonnement expiré
notify-label-phone = Numéro du visiteur
notify-label-time = Heure
notify-label-scheduled = Programmé pour
notify-label-widget = Widget
notify-label-manager = Manager
notify-label-duration = Conversation
notify-label-email = E-mail
notify-open-link = Ouvrir dans Dialback
notify-email-footer = Vous recevez ce message en raison de vos paramètres de notification dans Dialback. Vous pouvez les modifier dans Paramètres > Notifications.
notify-call-new-subject = Nouvelle demande d’appel de { $phone }
notify-call-new-body = { $phone } a demandé à être rappelé via { $widget } à { $time }.
notify-call-new-sms = Nouvelle demande d’appel de { $phone } à { $time }.
notify-call-scheduled-subject = Appel réservé par { $phone } pour le { $scheduled }
notify-call-scheduled-body = { $phone } a réservé un appel via { $widget } pour le { $scheduled }.
notify-call-scheduled-sms = Appel réservé par { $phone } pour le { $scheduled }.
notify-call-ringing-subject = Ça sonne : appel pour { $phone }
notify-call-ringing-body = Le téléphone d’un manager sonne pour l’appel demandé par { $phone } via { $widget }.
notify-call-ringing-sms = Ça sonne : appel pour { $phone }.
notify-call-completed-subject = Appel avec { $phone } terminé ({ $duration })
notify-call-completed-body = { $manager } a parlé avec { $phone } pendant { $duration }. L’appel s’est terminé à { $time }.
notify-call-completed-sms = Appel terminé : { $phone }, { $duration } avec { $manager }, fin { $time }.
notify-call-missed-subject = Appel manqué de { $phone }
notify-call-missed-manager-body = Aucun manager n’a répondu à l’appel demandé par { $phone } via { $widget }. Il s’est terminé à { $time } ; rappelez le visiteur au plus vite.
notify-call-missed-manager-sms = Appel manqué de { $phone } à { $time } : aucun manager n’a répondu.
notify-call-missed-visitor-body = Le visiteur { $phone } n’a pas répondu au rappel demandé via { $widget }. Il s’est terminé à { $time }.
notify-call-missed-visitor-sms = Appel manqué avec { $phone } à { $time } : le visiteur n’a pas répondu.
notify-call-scheduled-failed-subject = Échec de l’appel programmé avec { $phone }
notify-call-scheduled-failed-body = L’appel que { $phone } avait réservé pour le { $scheduled } n’a pas pu avoir lieu. Il s’est terminé à { $time }.
notify-call-scheduled-failed-sms = Échec de l’appel programmé avec { $phone } à { $time }.
notify-call-custom-fields-subject = { $phone } a rempli des champs personnalisés
notify-call-custom-fields-body = Le visiteur { $phone } a rempli des champs personnalisés de son appel via { $widget }. Tous les champs remplis jusqu’ici figurent ci-dessous.
notify-call-custom-fields-sms = { $phone } a rempli des champs personnalisés de son appel.
notify-call-additional-data-subject = { $phone } a laissé des informations supplémentaires
notify-call-additional-data-body = Le visiteur { $phone } a laissé des informations supplémentaires avec son appel via { $widget }.
notify-call-additional-data-sms = { $phone } a laissé des informations supplémentaires avec son appel.
notify-message-new-subject = Nouveau message d’un visiteur sur { $widget }
notify-message-new-body = Un visiteur a laissé un message sur { $widget } à { $time } :
notify-message-new-sms = Nouveau message sur { $widget } :
notify-widget-installed-subject = Votre widget est en ligne sur { $domain }
notify-widget-installed-body = Le widget de { $widget } s’est chargé pour la première fois sur { $domain } à { $time }. Les visiteurs peuvent maintenant y demander à être rappelés.
notify-widget-installed-sms = Les visiteurs de { $domain } peuvent désormais demander à être rappelés.
notify-product-update-subject = Dialback : { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Rapport quotidien de vos widgets
notify-report-weekly-subject = Rapport hebdomadaire de vos widgets
notify-notification-test-subject = Notification de test de Dialback
notify-notification-test-body = Ceci est une notification de test sur le canal { $channel }. Si elle vous est parvenue, les notifications de Dialback vous y parviendront aussi.
notify-notification-test-sms = Notification de test de Dialback sur le canal { $channel } : bien reçue.
activity-kind-PUSH_DEVICE_REGISTERED = Un appareil mobile a été enregistré pour les notifications push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Un appareil mobile a été retiré des notifications push.
api-reason-device-token = utilisez le jeton émis par la plateforme de l’appareil : 4096 caractères au maximum, sans espaces.
api-reason-device-platform = utilisez android ou ios.
api-error-device-not-found = Ce jeton d’appareil n’existe pas dans ce compte.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Mensuel
billing-period-annual = Annuel
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Virement bancaire
subscription-title = Abonnement
subscription-paid = Merci. Le paiement est confirmé et votre formule a changé.
subscription-current-plan = Formule actuelle
subscription-expires-on = Valable jusqu’au
subscription-expired-on = Expirée le
subscription-plans = Formules
subscription-no-plans = Aucune formule n’est encore proposée.
subscription-prices-net = Prix hors taxes, dans la devise de votre compte. La TVA s’ajoute à la commande.
subscription-change = Changer de formule
subscription-see-price = Voir le prix
subscription-pending = Paiements en attente de confirmation
subscription-pay-now = Payer
payment-reference = Référence du paiement
checkout-field-plan = Formule
checkout-field-billing-period = Période de facturation
checkout-field-payment-system = Moyen de paiement
checkout-field-full-name = Nom complet
checkout-field-company = Raison sociale (pour un achat au nom d’une entreprise)
checkout-field-tax-id = Numéro de TVA ou d’identification fiscale
checkout-field-country = Pays (code à deux lettres, par exemple FR)
checkout-field-city = Ville
checkout-field-address = Adresse
checkout-field-zip-code = Code postal
checkout-title = Commande
checkout-price = Prix de la formule
checkout-credit = Déduction pour la partie non utilisée de votre formule actuelle
checkout-credit-rule = La déduction est le montant payé pour votre période en cours multiplié par la part de la période qui reste, arrondi à la plus petite unité de la devise.
checkout-net = Hors taxes
checkout-vat = TVA { $rate } %
checkout-vat-amount = TVA
checkout-gross = Total à payer
checkout-downgrade = Ce que vous perdez avec cette formule
checkout-downgrade-intro = La nouvelle formule fixe ces limites sous leurs valeurs actuelles. Elles changent dès que le paiement est confirmé.
checkout-downgrade-now = Maintenant
checkout-downgrade-after = Avec la nouvelle formule
checkout-downgrade-confirm = Je comprends que ces limites vont baisser.
checkout-details = Coordonnées de facturation
checkout-submit = Passer au paiement
proforma-title = Facture pro forma
proforma-intro = Virez le total ci-dessous sur ce compte en indiquant la référence du paiement. Votre formule change quand l’opérateur enregistre le paiement.
proforma-paid = Ce paiement est confirmé.
proforma-recipient = Bénéficiaire
proforma-bank = Banque
proforma-account = Numéro de compte
proforma-amount = Montant à payer
proforma-issued = Émise le
proforma-back = Retour à l’abonnement
sandbox-title = Bac à sable de paiement
sandbox-intro = Cette page de test remplace le prestataire de paiement. Aucun argent n’est prélevé.
sandbox-pay = Confirmer le paiement
sandbox-cancel = Annuler et revenir à Dialback
invoices-title = Factures
invoices-empty = Aucune facture pour l’instant. Chaque paiement confirmé donne lieu à une facture.
invoices-col-number = Numéro
invoices-col-transaction = ID de transaction
invoices-col-price = Prix
invoices-col-paid = Date de paiement
invoices-col-kind = Type
invoices-download = Télécharger le PDF
invoice-kind-subscription = Abonnement
invoice-kind-one_time = Ponctuel
invoice-line-subscription = Formule { $plan }, { $period }
invoice-line-subscription-credit = Formule { $plan }, { $period }, moins un avoir de { $credit } pour la partie non utilisée de la formule précédente
error-money-invalid = Saisissez un montant comme 49.99, avec un point avant les centimes.
error-money-precision = Saisissez au plus deux chiffres après le point.
error-billing-period-unknown = Choisissez une facturation mensuelle ou annuelle.
error-payment-system-unknown = Choisissez un moyen de paiement dans la liste.
error-invoice-kind-unknown = Choisissez abonnement ou ponctuel.
error-plan-unknown = Choisissez une formule dans la liste.
error-plan-no-price = Cette formule n’a pas de prix dans la devise de votre compte pour cette période. Choisissez une autre formule ou période.
error-checkout-required = Remplissez ce champ (200 caractères au plus).
error-checkout-country = Saisissez le code pays à deux lettres, par exemple FR ou BE.
error-checkout-tax-id-required = Une entreprise doit indiquer son numéro fiscal.
error-checkout-confirm-downgrade = Confirmez que vous acceptez les limites plus basses.
activity-kind-PAYMENT_STARTED = Un paiement a été lancé.
activity-kind-PAYMENT_CONFIRMED = Un paiement a été confirmé.
activity-kind-PAYMENT_CALLBACK_REJECTED = Une notification de paiement a été rejetée.
activity-kind-SUBSCRIPTION_CHANGED = La formule d’abonnement a changé.
activity-kind-INVOICE_ISSUED = Une facture a été émise.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Saisissez le numéro fiscal.
error-tax-id-characters = Ce numéro fiscal contient des caractères que les numéros du pays choisi n’utilisent pas.
error-tax-id-length = Ce numéro fiscal n’a pas le bon nombre de caractères pour le pays choisi.
error-tax-id-checksum = La clé de contrôle de ce numéro fiscal ne correspond pas. Vérifiez qu’il ne contient pas de faute de frappe.
error-tax-id-prefix = Ce numéro commence par le préfixe d’un autre pays. Choisissez ce pays ou retirez le préfixe.
error-tax-id-country = Nous ne pouvons pas vérifier les numéros fiscaux de ce pays. Choisissez le pays qui a attribué le numéro.
settings-nav-subscription = Abonnement
settings-nav-invoices = Factures
billing-title = Informations de facturation
billing-intro = Les nouvelles factures sont établies à ces coordonnées. Les factures déjà émises conservent celles avec lesquelles elles ont été émises.
billing-country-choose = Choisissez un pays
billing-zip-hint = Format du code postal dans le pays choisi : { $example }
billing-tax-id-hint = Facultatif. Saisissez le numéro de TVA ou le numéro fiscal du pays choisi, avec ou sans le préfixe du pays.
field-country = Pays
field-address = Adresse
field-zip-code = Code postal
field-city = Ville
field-tax-id = Numéro de TVA ou numéro fiscal
error-country-missing = Choisissez un pays.
error-country-unknown = Choisissez un pays dans la liste.
error-address-missing = Saisissez l’adresse.
error-address-too-long = L’adresse est trop longue : utilisez au plus 200 caractères.
error-city-missing = Saisissez la ville.
error-city-too-long = Le nom de la ville est trop long : utilisez au plus 100 caractères.
error-zip-missing = Saisissez le code postal.
error-zip-format = Saisissez le code postal au format du pays choisi, par exemple { $example }.
coupons-title = Coupons
coupons-intro = Un code de réduction augmente l’une des limites du compte. Chaque code ne peut être utilisé qu’une fois par compte.
field-coupon-code = Code de réduction
coupons-apply = Appliquer
coupons-used = Codes appliqués
coupons-empty = Aucun code n’a encore été appliqué.
coupons-col-code = Code
coupons-col-increase = Augmentation de la limite
coupons-col-applied = Date d’application
coupons-increase = { $limit } : +{ $amount }
error-coupon-missing = Saisissez un code de réduction.
error-coupon-code-format = Un code de réduction comporte de 3 à 40 lettres, chiffres, tirets ou traits de soulignement.
error-coupon-unknown = Ce code de réduction n’existe pas. Vérifiez son orthographe.
error-coupon-expired = Ce code de réduction a expiré.
error-coupon-exhausted = Ce code de réduction est épuisé.
error-coupon-already-used = Ce compte a déjà utilisé ce code de réduction.
error-coupon-throttled = { $count ->
    [one] Trop de codes de réduction erronés. Réessayez dans { $count } minute.
    [many] Trop de codes de réduction erronés. Réessayez dans { $count } de minutes.
   *[other] Trop de codes de réduction erronés. Réessayez dans { $count } minutes.
}
activity-kind-BILLING_INFO_CHANGED = Les informations de facturation ont été modifiées.
activity-kind-COUPON_APPLIED = Un code de réduction a été appliqué.
invoice-pdf-title = Facture
invoice-pdf-number = Numéro de facture
invoice-pdf-issued-on = Date d’émission
invoice-pdf-paid-on = Date de paiement
invoice-pdf-transaction = Identifiant de transaction
invoice-pdf-seller = Vendeur
invoice-pdf-buyer = Acheteur
invoice-pdf-tax-id = N° TVA : { $id }
invoice-pdf-col-number = N°
invoice-pdf-col-description = Désignation
invoice-pdf-col-quantity = Qté
invoice-pdf-col-unit-net = Prix unitaire HT
invoice-pdf-col-net = Total HT
invoice-pdf-col-vat-rate = Taux de TVA
invoice-pdf-col-vat = TVA
invoice-pdf-col-gross = Total TTC
invoice-pdf-vat-rate-value = { $rate } %
invoice-pdf-total = Total
invoice-pdf-currency = Devise : { $code }
country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-BR = Brésil
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-EE = Estonie
country-ES = Espagne
country-FI = Finlande
country-FR = France
country-GB = Royaume-Uni
country-GR = Grèce
country-HR = Croatie
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SE = Suède
country-SI = Slovénie
country-SK = Slovaquie
country-US = États-Unis
widget-message-title = Ou laissez-nous un message
widget-name-label = Votre nom (facultatif)
widget-email-label = Votre adresse e-mail
widget-message-label = Message
widget-send-message = Envoyer le message
subscription-trial-plan = Essai
invoice-period-monthly = facturation mensuelle
invoice-period-annual = facturation annuelle
activity-kind-SUBSCRIPTION_EXPIRED = L’abonnement a expiré et le délai de grâce est écoulé : les widgets refusent les nouvelles demandes d’appel.
api-error-subscription-expired = L’abonnement du compte a expiré : ses widgets n’acceptent plus de nouvelles demandes d’appel. Le propriétaire du compte peut le renouveler dans Paramètres > Abonnement.
public-error-subscription-expired = Les demandes de rappel ne sont pas disponibles sur ce site pour le moment. Veuillez contacter l’entreprise par un autre moyen.
subscription-banner-expiring = Votre abonnement expire le { $date }.
subscription-banner-grace = Votre abonnement a expiré le { $date }. S’il n’est pas renouvelé, les widgets refuseront les nouvelles demandes d’appel à partir du { $refused }.
subscription-banner-expired = Votre abonnement a expiré le { $date }. Jusqu’à son renouvellement, les widgets refusent les nouvelles demandes d’appel ; les appels acceptés auparavant ont toujours lieu.
subscription-banner-renew = Renouvelez-le dans Paramètres > Abonnement.
subscription-banner-ask-owner = Demandez au propriétaire du compte de le renouveler.
notify-subscription-expired-subject = Votre abonnement Dialback a expiré
notify-subscription-expired-body = Votre abonnement a expiré le { $time } et le délai de grâce est écoulé : vos widgets n’acceptent plus de demandes d’appel. Les appels acceptés auparavant ont toujours lieu. Renouvelez-le dans Paramètres > Abonnement pour accepter de nouveau des appels.
notify-subscription-expired-sms = Votre abonnement Dialback a expiré ; les widgets n’acceptent plus de demandes d’appel.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Ce code de réduction n’est plus actif.
error-forbidden-title = Vous ne pouvez pas ouvrir cette page
error-forbidden-message = Votre rôle dans ce compte ne le permet pas. Si vous avez besoin d’un accès, demandez-le au propriétaire du compte.
error-tax-id-repeated = Un numéro composé d’un seul chiffre répété n’est jamais attribué. Saisissez le vrai numéro fiscal.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Payé jusqu’au
checkout-credit-surplus = La valeur non utilisée de votre formule actuelle dépasse ce prix de { $amount }. Elle n’est pas perdue : elle prolonge la nouvelle formule, comme le montre la date ci-dessus.
payment-cancel = Annuler
payment-cancelled-notice = Ce paiement a été annulé et ne peut plus être réglé. Pour changer de formule, commencez une nouvelle commande.
payment-cancelled-done = Le paiement en attente a été annulé.
payment-rejected-title = Le paiement n’a pas été confirmé
payment-rejected-back = Retour à l’abonnement
payment-rejected-bad-signature = La confirmation du système de paiement n’a pas pu être vérifiée. Votre formule n’a pas changé. Recommencez le paiement depuis la page Abonnement.
payment-rejected-unknown-payment = Aucun paiement ne porte cette référence. Votre formule n’a pas changé.
payment-rejected-wrong-system = Ce paiement ne se règle pas par ce système de paiement. Votre formule n’a pas changé.
payment-rejected-wrong-amount = Le montant ou la devise confirmés ne correspondent pas à ce paiement. Votre formule n’a pas changé.
payment-rejected-replayed = Cette confirmation a déjà servi et n’a rien changé. Si vous avez payé, la page Abonnement en montre le résultat.
payment-rejected-expired = La confirmation est arrivée trop tard : la page de paiement est valable 15 minutes. Votre formule n’a pas changé. Rouvrez le paiement depuis la page Abonnement.
payment-rejected-cancelled = Ce paiement a été annulé, par exemple par une commande plus récente : il ne peut pas être confirmé. Votre formule n’a pas changé.
error-currency-paid-period = La devise ne peut pas changer tant qu’une période payée est en cours (jusqu’au { $date }) : la partie non utilisée n’est déduite que dans la devise où elle a été payée.
activity-kind-PAYMENT_CANCELLED = Un paiement en attente a été annulé.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Ce jeton d’appareil est enregistré dans un autre compte.
notifications-test-throttled = Un test a été envoyé sur ce canal il y a moins d’une minute. Attendez une minute avant d’en envoyer un autre.
error-webhook-url-metadata = Cette adresse mène à { $address }, un service de métadonnées du cloud qui peut livrer les identifiants du serveur. Les webhooks ne peuvent jamais l’atteindre, quoi qu’autorise le serveur.
error-webhook-url-port = Indiquez un port de 1 à 65535, ou n’indiquez pas de port.
error-message-text-control = Retirez du message les caractères de contrôle, par exemple ceux collés depuis un autre programme. Les retours à la ligne et les tabulations sont acceptés.
error-message-name-control = Retirez du nom les caractères invisibles ou de contrôle, comme les tabulations ou les retours à la ligne.
notify-label-name = Nom du visiteur
notifications-error-mail-unreachable = Impossible de joindre le serveur de messagerie.
notifications-error-mail-refused = Le serveur de messagerie a refusé le message.
notifications-error-other = L’envoi a échoué.
