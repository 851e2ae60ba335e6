## Navigation

nav-main = Menú principal
nav-settings = Configuración
nav-sign-in = Iniciar sesión
nav-sign-up = Registrarse
nav-sign-out = Cerrar sesión

## Common actions and messages

action-save = Guardar
settings-title = Configuración
settings-saved = Se han guardado los cambios.

## Form fields

field-company-name = Nombre de la empresa
field-name = Nombre completo
field-email = Correo electrónico
field-password = Contraseña
field-job-title = Cargo
field-phone-number = Número de teléfono
field-interface-language = Idioma de la interfaz
field-sms-language = Idioma de los SMS
field-email-language = Idioma de los correos electrónicos
field-currency = Moneda
field-timezone = Zona horaria
field-date-format = Formato de fecha
field-time-format = Formato de hora
field-current-password = Contraseña actual
field-new-password = Nueva contraseña

password-rule = { $count ->
    [one] Usa al menos { $count } carácter. No se aceptan contraseñas comunes.
    [many] Usa al menos { $count } caracteres. No se aceptan contraseñas comunes.
   *[other] Usa al menos { $count } caracteres. No se aceptan contraseñas comunes.
}

## Validation errors

error-email-missing = Introduce tu dirección de correo electrónico.
error-email-invalid = Introduce una dirección de correo electrónico válida, como nombre@example.com.
error-email-taken = Otro usuario ya utiliza esta dirección de correo electrónico.
error-name-missing = Introduce tu nombre completo.
error-name-too-long = El nombre es demasiado largo: usa 100 caracteres como máximo.
error-company-missing = Introduce el nombre de la empresa.
error-company-too-long = El nombre de la empresa es demasiado largo: usa 150 caracteres como máximo.
error-job-title-too-long = El cargo es demasiado largo: usa 100 caracteres como máximo.
error-phone-missing = Introduce un número de teléfono.
error-phone-invalid = Introduce un número de teléfono válido, con el prefijo del país si no es un número español, como +34 612 345 678.
error-password-missing = Introduce tu contraseña.
error-password-too-short = La contraseña es demasiado corta: usa al menos 8 caracteres.
error-password-too-long = La contraseña es demasiado larga: usa 256 caracteres como máximo.
error-password-common = Esta contraseña es demasiado común y fácil de adivinar. Elige otra.
error-current-password-wrong = La contraseña actual no es correcta.
error-language-unknown = Elige uno de los idiomas de la lista.
error-currency-unknown = Elige una de las monedas de la lista.
error-timezone-unknown = Elige una zona horaria de la lista.
error-date-format-unknown = Elige uno de los formatos de fecha de la lista.
error-time-format-unknown = Elige uno de los formatos de hora de la lista.
error-date-invalid = Introduce una fecha con el formato YYYY-MM-DD.
error-activity-kind-unknown = Elige un tipo de acción de la lista.
error-activity-source-unknown = Elige un origen de la lista.

## Error pages

error-not-found-title = Página no encontrada
error-not-found-message = La página que buscas no existe o no está disponible para tu cuenta.
error-internal-title = Algo ha salido mal
error-internal-message = No hemos podido completar tu solicitud. Vuelve a intentarlo dentro de un momento. Si el problema continúa, ponte en contacto con el servicio de asistencia e indica el ID de solicitud que aparece a continuación.
error-unavailable-title = Servicio no disponible temporalmente
error-unavailable-message = Dialback está sobrecargado o su base de datos no responde. Vuelve a intentarlo dentro de un momento.
error-csrf-title = El formulario ha caducado
error-csrf-message = Por tu seguridad, este formulario ya no se puede enviar. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-request-id = ID de solicitud:
error-back-home = Ir a la página de inicio

## Sign-up

signup-title = Crea tu cuenta de Dialback
signup-intro = Configura la cuenta de tu empresa. Podrás invitar a tu equipo más adelante.
signup-submit = Crear cuenta
signup-have-account = ¿Ya tienes una cuenta?

## Sign-in

login-title = Inicia sesión en Dialback
login-submit = Iniciar sesión
login-forgot = ¿Has olvidado tu contraseña?
login-no-account = ¿Aún no tienes una cuenta?
login-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas.
login-notice-reset = Se ha cambiado tu contraseña. Inicia sesión con la nueva.
login-throttled = { $count ->
    [one] Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo dentro de { $count } minuto.
    [many] Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo dentro de { $count } minutos.
   *[other] Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo dentro de { $count } minutos.
}

## Sign-out

logout-title = Cerrar sesión
logout-done = Has cerrado sesión.

## Forgotten password

forgot-title = Restablecer la contraseña
forgot-intro = Introduce la dirección de correo electrónico con la que inicias sesión. Te enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent = Si esta dirección pertenece a una cuenta de Dialback, te hemos enviado un enlace para restablecer la contraseña. Revisa tu bandeja de entrada.
reset-title = Elige una nueva contraseña
reset-submit = Establecer la nueva contraseña
reset-link-invalid = Este enlace no es válido, ha caducado o ya se ha utilizado.
reset-request-new = Solicitar un nuevo enlace
reset-mail-subject = Restablece tu contraseña de Dialback
reset-mail-body =
    Hola, { $name }:

    Alguien ha solicitado restablecer la contraseña de tu cuenta de Dialback. Para elegir una nueva contraseña, abre este enlace:

    { $link }

    { $minutes ->
        [one] El enlace solo se puede usar una vez y caduca dentro de { $minutes } minuto.
        [many] El enlace solo se puede usar una vez y caduca dentro de { $minutes } minutos.
       *[other] El enlace solo se puede usar una vez y caduca dentro de { $minutes } minutos.
    } Si no lo has solicitado tú, ignora este mensaje: tu contraseña no cambiará.

    El equipo de Dialback

## Settings > Profile

profile-title = Perfil
profile-phone-stored = Guardado como { $phone }.

## Settings > Account settings

account-title = Configuración de la cuenta
account-languages = Idiomas
account-currency-owner-only = Solo el propietario de la cuenta o un administrador puede cambiar la moneda.
currency-PLN = Esloti polaco
currency-USD = Dólar estadounidense
currency-GBP = Libra esterlina
currency-EUR = Euro
currency-BRL = Real brasileño

## Settings > Change password

password-title = Cambiar la contraseña
password-intro = Tras el cambio, seguirás con la sesión iniciada aquí y se cerrarán todas las demás sesiones.
password-submit = Cambiar la contraseña

## Settings > Activity

activity-title = Actividad
activity-filter-user = Usuario
activity-filter-kind = Acción
activity-filter-from = Desde
activity-filter-to = Hasta
activity-filter-any = Cualquiera
activity-filter-apply = Filtrar
activity-count = { $count ->
    [0] Ninguna entrada coincide.
    [one] { $count } entrada coincide.
    [many] { $count } entradas coinciden.
   *[other] { $count } entradas coinciden.
}
activity-empty = No hay actividad que mostrar.
activity-older = Entradas anteriores
activity-user-none = Sistema
activity-col-id = ID
activity-col-user = Usuario
activity-col-kind = Acción
activity-col-source = Origen
activity-col-time = Fecha y hora
activity-source-web = Web
activity-source-api = API
activity-source-cli = Línea de comandos
activity-source-system = Sistema
activity-kind-USER_ADDED = Se ha añadido un usuario al equipo.
activity-kind-USER_EDITED = Se ha editado el perfil de un usuario.
activity-kind-USER_DELETED = Se ha eliminado a un usuario del equipo.
activity-kind-USER_SIGNUP = Se ha creado la cuenta.
activity-kind-USER_LOGGED_IN = Un usuario ha iniciado sesión.
activity-kind-USER_LOGGED_OUT = Un usuario ha cerrado sesión.
activity-kind-USER_CHANGED_PASSWORD = Un usuario ha cambiado su contraseña.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Un usuario ha solicitado un enlace para restablecer la contraseña.
activity-kind-USER_RESET_PASSWORD = Un usuario ha establecido una nueva contraseña mediante un enlace de restablecimiento.
activity-kind-USER_CHANGED_NOTIFICATIONS = Un usuario ha cambiado su configuración de notificaciones.
activity-kind-ACCOUNT_SETTINGS_EDITED = Se ha cambiado la configuración de la cuenta.
