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
error-language-unknown = Choisissez l’une des langues proposées.
error-currency-unknown = Choisissez l’une des devises proposées.
error-timezone-unknown = Choisissez un fuseau horaire dans la liste.
error-date-format-unknown = Choisissez l’un des formats de date proposés.
error-time-format-unknown = Choisissez l’un des formats d’heure proposés.
error-date-invalid = Saisissez une date au format YYYY-MM-DD.
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
