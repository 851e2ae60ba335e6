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
error-password-personal = La contraseña no puede ser tu dirección de correo electrónico ni tu nombre.
error-email-change-needs-password = Introduce tu contraseña actual para cambiar la dirección de correo electrónico.
error-text-hidden-characters = Elimina los caracteres invisibles o de control, como tabulaciones o saltos de línea.
error-language-unknown = Elige uno de los idiomas de la lista.
error-currency-unknown = Elige una de las monedas de la lista.
error-timezone-unknown = Elige una zona horaria de la lista.
error-date-format-unknown = Elige uno de los formatos de fecha de la lista.
error-time-format-unknown = Elige uno de los formatos de hora de la lista.
error-date-invalid = Introduce una fecha con el formato YYYY-MM-DD.
error-activity-user-unknown = Elige de la lista un usuario de esta cuenta.
error-date-range = La fecha final no puede ser anterior a la inicial.
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
error-bad-request-title = No se ha podido procesar la solicitud
error-bad-request-message = El formulario o la dirección web enviados a Dialback no tenían un formato válido o eran demasiado grandes. Vuelve atrás, recarga la página e inténtalo de nuevo.
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
profile-password-hint = Solo se necesita tu contraseña actual si cambias la dirección de correo electrónico.
email-changed-subject = Se ha cambiado el correo electrónico con el que inicias sesión en Dialback
email-changed-body =
    Hola, { $name }:

    La dirección de correo electrónico con la que inicias sesión en Dialback se ha cambiado a { $email }. A partir de ahora, los mensajes de Dialback llegarán a esa dirección.

    Si no has hecho tú este cambio, restablece tu contraseña de inmediato y ponte en contacto con el propietario de tu cuenta.

    El equipo de Dialback

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

## Validation errors of the core

error-role-unknown = Elige un rol: propietario (owner), administrador (admin) o gestor (manager).
error-permission-unknown = Elige permisos de la lista.
error-business-time-invalid = Cada franja del horario de atención necesita day_of_week de 0 (domingo) a 6, start_time y end_time con el formato HH:MM, con el inicio antes del fin, y una zona horaria válida.
error-domain-invalid = Introduce un nombre de dominio, como shop.example.com.
error-call-status-unknown = Elige un estado de llamada de la lista.

## REST API messages

api-error-field = El parámetro { $field } no es válido: { $reason }
api-error-field-sentence = El parámetro { $field } no es válido. { $reason }
api-error-missing = Falta el parámetro { $field }.
api-error-permission = Esta clave de API no tiene el permiso { $permission }.
api-error-key-missing = Envía tu clave de API en la cabecera Authorization.
api-error-key-invalid = La clave de API no es válida.
api-error-key-revoked = La clave de API se ha revocado. Crea una nueva en Configuración > Claves de API.
api-error-key-expired = La clave de API ha caducado. Crea una nueva en Configuración > Claves de API.
api-error-rate-limited = { $count ->
    [one] Demasiadas solicitudes con esta clave de API. Vuelve a intentarlo dentro de { $count } segundo.
    [many] Demasiadas solicitudes con esta clave de API. Vuelve a intentarlo dentro de { $count } segundos.
   *[other] Demasiadas solicitudes con esta clave de API. Vuelve a intentarlo dentro de { $count } segundos.
}
api-error-internal = No se ha podido completar la solicitud debido a un error interno. Vuelve a intentarlo. Si el problema continúa, ponte en contacto con el servicio de asistencia e indica el valor de la cabecera X-Request-Id de la respuesta.
api-error-bad-request = No se pudo leer la solicitud: revisa la ruta, los parámetros y su codificación en /api/docs.
api-error-widget-not-found = El widget no existe o esta clave de API no tiene acceso a él.
api-error-user-not-found = El usuario no existe en esta cuenta.
api-error-manager-not-found = El gestor no existe o esta clave de API no tiene acceso al widget correspondiente.
api-error-call-not-found = La llamada no existe o esta clave de API no tiene acceso al widget correspondiente.
api-error-widget-disabled = El widget está desactivado, por lo que no acepta llamadas.
api-error-no-manager = Ahora mismo ningún gestor puede atender la llamada. Usa widgets/call-or-schedule para programarla.
api-reason-not-integer = debe ser un número entero.
api-reason-not-boolean = debe ser 1, 0, true o false.
api-reason-not-json = debe estar en formato JSON.
api-reason-wrong-shape = el valor no tiene la estructura esperada.
api-reason-limit-range = usa un número del 1 al 1000.
api-reason-offset-negative = usa 0 o un número mayor.
api-reason-url = debe ser una dirección web, como https://shop.example.com.
api-reason-too-long = el texto es demasiado largo.
api-reason-text-240 = usa 240 caracteres como máximo.
api-reason-department-or-manager = envía department_id o manager_id, pero no ambos.
api-reason-not-this-widget = este widget no tiene ningún departamento ni gestor con ese ID.
api-reason-schedule = indica una fecha y hora futura en segundos Unix, dentro de los próximos 30 días.
api-reason-message-id = no es un mensaje de este canal.
api-reason-owner-role = los usuarios nuevos solo pueden tener el rol admin o manager, porque la cuenta ya tiene propietario.
api-reason-last-owner = no se puede eliminar al último propietario de la cuenta ni cambiar su rol.
api-reason-status = usa estados de llamada como completed o manager-failed.
api-reason-field-name = usa entre 1 y 100 caracteres.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Te llamaremos el { $time }. Gracias por tu paciencia.
sms-visitor-cancel-scheduled = Se ha cancelado tu llamada programada.
sms-visitor-dial-completed = Gracias por hablar con nosotros. Estaremos encantados de volver a ayudarte.
voice-client-start = Hola, espera un momento, por favor. Te estamos pasando con un asesor.
voice-client-end-success = Gracias por hablar con nosotros. ¡Hasta pronto!
voice-client-end-failed = No hemos podido pasarte con un asesor. Te volveremos a llamar en breve.
voice-manager-start = Tienes una llamada desde la web. Te estamos conectando con el visitante.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Se ha añadido un widget.
activity-kind-WIDGET_EDITED = Se ha modificado un widget.
activity-kind-WIDGET_DELETED = Se ha eliminado un widget.
activity-kind-API_KEY_CREATED = Se ha creado una clave de API.
activity-kind-API_KEY_REVOKED = Se ha revocado una clave de API.
activity-kind-CALL_REQUESTED = Se ha solicitado una llamada.
activity-kind-CALL_FIELD_EDITED = Se ha modificado un campo personalizado de una llamada.
activity-kind-CALL_CANCELLED = Se ha cancelado una llamada.

## Settings > API keys

api-keys-title = Claves de API
api-keys-intro = Las claves permiten que tu propio software use la API REST de Dialback. Cada clave solo puede usar los widgets y los permisos que le asignes.
api-keys-created = Tu nueva clave de API aparece a continuación. Cópiala ahora: solo se muestra una vez.
api-keys-owner-only = Solo el propietario de la cuenta o un administrador puede gestionar las claves de API.
api-keys-empty = La cuenta aún no tiene claves de API.
api-keys-col-description = Descripción
api-keys-col-key = Clave
api-keys-col-access = Acceso
api-keys-col-created = Creada
api-keys-col-last-used = Último uso
api-keys-col-state = Estado
api-keys-col-actions = Acciones
api-keys-revoke = Revocar
api-keys-new = Nueva clave de API
api-keys-all-widgets = Todos los widgets, incluidos los futuros
api-keys-create = Crear clave
api-keys-never-used = Nunca
api-keys-last-used-from = { $time } desde { $ip }
api-keys-state-active = Activa
api-keys-state-revoked = Revocada
api-keys-state-expired = Caducada
api-keys-expires-on = Válida hasta el { $date }
api-keys-widgets-all = Todos los widgets
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [many] { $count } widgets
   *[other] { $count } widgets
}
api-keys-revoked-notice = Se ha revocado la clave de API. Las integraciones que la usan dejan de funcionar de inmediato.
field-api-key-description = Descripción (opcional)
field-api-key-widgets = Widgets
field-api-key-permissions = Permisos
field-api-key-expires = Fecha de caducidad (opcional)
error-api-key-widgets-missing = Elige todos los widgets o al menos uno.
error-api-key-permissions-missing = Elige al menos un permiso.
error-api-key-expiry-past = Elige una fecha futura o deja el campo vacío.
error-api-key-description-too-long = La descripción es demasiado larga: usa 200 caracteres como máximo.
permission-calls = Llamadas: acceso total
permission-calls-view = Llamadas: consultar el historial
permission-managers = Usuarios y gestores: acceso total
permission-managers-view = Usuarios y gestores: consultar
permission-managers-edit = Gestores: asignar y modificar
permission-sms = Textos de SMS: acceso total
permission-sms-view = Textos de SMS: consultar
permission-sms-edit = Textos de SMS: modificar
permission-voice = Textos de voz: acceso total
permission-voice-view = Textos de voz: consultar
permission-voice-edit = Textos de voz: modificar
permission-widgets = Widgets: acceso total
permission-widgets-view = Widgets: consultar
permission-widgets-edit = Widgets: crear, modificar y eliminar
permission-widgets-call = Widgets: solicitar llamadas

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Este widget no está disponible.
widget-title = ¿Quieres que te llamemos?
widget-phone-label = Tu número de teléfono
widget-call-button = Llámame ahora
widget-schedule-button = Llámame más tarde
widget-unavailable-now = Nuestros asesores no están disponibles en este momento. Elige una hora y te llamaremos.
widget-call-coming = ¡Gracias! Tu teléfono sonará dentro de un momento.
widget-call-scheduled = ¡Gracias! Te llamaremos a la hora elegida.

## REST API reference page

api-docs-title = API REST de Dialback
api-docs-intro = La API es compatible con la API externa de CallPage: las mismas rutas, la misma estructura de respuesta y la misma cabecera para la clave. Envía la clave creada en Configuración > Claves de API en la cabecera Authorization, sola o con el formato "Bearer <clave>". Los parámetros van en la cadena de consulta de las solicitudes GET y, en las demás, en un cuerpo form-urlencoded o JSON. Todas las respuestas contienen hasError, errorCode, message, data y meta. Los parámetros marcados con * son obligatorios. Las descripciones de los endpoints están en inglés.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-permission = Permiso:
api-docs-parameter = Parámetro
api-docs-type = Tipo
api-docs-description = Descripción
api-docs-any-key = cualquier clave válida

## My team

nav-team = Mi equipo
team-title = Mi equipo
team-col-state = Estado
team-state-enabled = Activo
team-state-disabled = Desactivado
team-add = Añadir un miembro del equipo
team-add-hint = El nuevo miembro podrá iniciar sesión después de elegir una contraseña con «¿Has olvidado tu contraseña?», en la página de inicio de sesión.
team-add-submit = Añadir miembro
team-owner-only = Solo el propietario de la cuenta o un administrador puede modificar el equipo.
team-edit-title = Editar miembro del equipo
team-back = Volver al equipo
team-enabled = Activo: puede iniciar sesión y atender llamadas
team-delete = Eliminar del equipo
team-verify-number = Verificar
team-caller-id-verified = Verificado
team-last-owner = No se puede eliminar al último propietario de la cuenta ni cambiar su rol.
team-self-delete = No puedes eliminar tu propio usuario. Pídeselo a otro propietario o administrador.
field-role = Rol
role-owner = Propietario
role-admin = Administrador
role-manager = Gestor

## Widgets

nav-widgets = Widgets
nav-calls = Llamadas
action-add = Añadir
action-remove = Quitar
widgets-title = Widgets
widgets-empty = La cuenta aún no tiene widgets. Añade el primero a continuación.
widgets-col-state = Estado
widgets-col-managers = Gestores
widgets-add = Añadir un widget
widgets-add-submit = Añadir widget
widgets-back = Volver a los widgets
widgets-widget = Widget
widgets-state-enabled = Activado: los visitantes ven el widget y pueden solicitar llamadas.
widgets-state-disabled = Desactivado: los visitantes no ven el widget.
widgets-enable = Activar
widgets-disable = Desactivar
widgets-duplicate = Duplicar
widgets-delete = Eliminar widget
widgets-general = General
widgets-busy-mode-hint = Activado: cuando todos los gestores están ocupados, se rechaza la solicitud del visitante. Desactivado: los visitantes pueden reservar una hora para la llamada.
widgets-domains = Dominios de confianza
widgets-domains-hint = El widget solo funciona en estos sitios. Si no hay ningún dominio en la lista, funciona en cualquier sitio.
widgets-departments = Departamentos
widgets-managers = Gestores
widgets-no-managers = Todavía ningún gestor atiende las llamadas de este widget.
widgets-add-manager = Añadir gestor
widgets-manager-enabled = atiende llamadas
widgets-manager-disabled = en pausa
widgets-manager-pause = Pausar
widgets-manager-resume = Reanudar
widgets-days-off = Días no laborables
widgets-embed = Dirección de configuración del widget
widgets-embed-hint = El script del widget de tu sitio web lee su configuración desde esta dirección.
widgets-preview = Vista previa del widget
widgets-preview-hint = Así ve el widget un visitante desde tu dirección actual. Una dirección bloqueada no ve nada.
widgets-hours-none = sin horario de atención
widgets-no-department = Sin departamento
widgets-no-users = Primero añade miembros del equipo con número de teléfono.
field-widget-url = Dirección del sitio web
field-widget-description = Descripción
field-widget-language = Idioma del widget
field-widget-timezone = Zona horaria del widget
field-widget-busy-mode = Modo ocupado
field-widget-domain = Dominio
field-widget-department = Nombre del departamento
field-widget-user = Miembro del equipo
field-widget-days = Días laborables
field-widget-start = Hora de inicio
field-widget-end = Hora de fin
field-widget-days-off = Días no laborables, una fecha por línea (YYYY-MM-DD)
error-widget-url-invalid = Introduce la dirección de un sitio web, como https://shop.example.com.
error-widget-description-too-long = La descripción es demasiado larga: usa 500 caracteres como máximo.
error-department-name = Introduce un nombre de departamento de 100 caracteres como máximo.
error-manager-user = Elige un miembro del equipo de esta cuenta.
error-manager-days = Elige al menos un día laborable, con la hora de inicio anterior a la hora de fin.
error-days-off-invalid = Escribe cada día no laborable con el formato YYYY-MM-DD, uno por línea.
weekday-0 = domingo
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado

## Calls

calls-title = Llamadas
calls-call = Llamada
calls-back = Volver a las llamadas
calls-col-phone = Número de teléfono
calls-col-status = Estado
calls-col-manager = Gestor
calls-col-duration = Tiempo de conversación
calls-widget = Widget
calls-requested = Fecha de solicitud
calls-scheduled-for = Programada para
calls-page = Página
calls-fields = Datos que dejó el visitante
calls-events = Qué ha ocurrido
calls-filter-status = Estado
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Ninguna llamada coincide.
    [one] { $count } llamada coincide.
    [many] { $count } llamadas coinciden.
   *[other] { $count } llamadas coinciden.
}
calls-duration = { $count ->
    [one] { $count } segundo
    [many] { $count } segundos
   *[other] { $count } segundos
}
calls-nobody = —
calls-cancel = Cancelar la llamada
call-status-new = A la espera de un gestor disponible
call-status-scheduled = Programada
call-status-ringing = Llamando al gestor
call-status-in-progress = Conectada
call-status-completed = Completada
call-status-manager-failed = Ningún gestor ha contestado
call-status-user-failed = El visitante no ha contestado
call-status-failed = Fallida
call-status-cancelled = Cancelada

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Añadido
limits-title = Límites
limits-intro = Por seguridad, cada cuenta tiene límites de llamadas. Para cambiar alguno, describe tu caso a continuación. El operador de Dialback revisa todas las solicitudes.
limits-col-limit = Límite
limits-col-value = Valor
limits-col-use = Uso actual
limits-col-change = Cambio
limits-col-state = Estado
limit-max_calls_in_progress = Llamadas simultáneas en curso
limit-max_conversation_duration = Duración máxima de una conversación
limit-scheduled_calls_per_timestamp = Llamadas programadas para el mismo momento
limits-use-calls = { $count ->
    [one] { $count } llamada sonando o conectada en este momento
    [many] { $count } llamadas sonando o conectadas en este momento
   *[other] { $count } llamadas sonando o conectadas en este momento
}
limits-use-longest = { $count ->
    [one] la más larga hasta ahora: { $count } segundo
    [many] la más larga hasta ahora: { $count } segundos
   *[other] la más larga hasta ahora: { $count } segundos
}
limits-use-busiest = { $count ->
    [one] momento más concurrido: { $count } llamada programada
    [many] momento más concurrido: { $count } llamadas programadas
   *[other] momento más concurrido: { $count } llamadas programadas
}
limits-request = Solicitar un cambio de límite
limits-request-submit = Enviar la solicitud
limits-requests = Tus solicitudes
limits-state-pending = A la espera de una decisión
limits-state-approved = Aprobada
limits-state-rejected = Rechazada
field-limit = Límite
field-limit-new-value = Nuevo valor
field-limit-description = ¿Por qué necesitas el cambio?
error-limit-unknown = Elige uno de los límites de la lista.
error-limit-value = Introduce un número entero desde 1 hasta el máximo del límite (10.000 llamadas o 86.400 segundos).
error-limit-description = Describe tu caso en un texto de entre 10 y 2000 caracteres.
ip-title = Direcciones IP
ip-intro = Los visitantes que llegan desde una dirección o un rango bloqueados no ven tus widgets ni pueden solicitar llamadas. Las direcciones de la lista de permitidos nunca se ven restringidas, ni siquiera por el bloqueo automático de las direcciones que solicitan muchas llamadas y no contestan ninguna.
ip-empty = Las dos listas están vacías.
ip-add = Añadir una dirección o un rango
ip-col-hits = Coincidencias
ip-list-whitelist = Lista de permitidos
ip-list-blacklist = Lista de bloqueados
field-ip-address = Dirección IP o rango (CIDR)
field-ip-list-type = Lista
field-ip-note = Nota (opcional)
error-ip-missing = Introduce una dirección IP o un rango, como 203.0.113.0/24.
error-ip-invalid = Introduce una dirección IPv4 o IPv6 válida, o un rango en notación CIDR, como 203.0.113.0/24.
error-ip-list-type = Elige la lista de permitidos o la de bloqueados.
error-ip-note = La nota es demasiado larga o contiene caracteres invisibles: usa 200 caracteres visibles como máximo.
error-ip-overlap = Esta dirección o rango se solapa con { $network }, que ya está en la «{ $list }». Elimina primero esa entrada o introduce un rango que no se solape con ella.
numbers-title = Números bloqueados
numbers-intro = Dialback nunca llama a los números de teléfono de esta lista.
numbers-empty = No hay ningún número bloqueado.
numbers-add = Bloquear un número
error-number-listed = Este número ya está bloqueado.
error-number-blacklisted = Este número de teléfono está bloqueado en la cuenta, por lo que no recibe llamadas.
public-error-call-refused = No podemos llamar a este número. Ponte en contacto con nosotros por otro medio.
error-slot-full = Esta hora ya está completa. Elige otra.
api-error-address-blocked = La dirección IP del visitante está bloqueada en la cuenta.
api-error-calls-limit = La cuenta ha alcanzado su límite de llamadas en curso. Vuelve a intentarlo cuando termine una llamada o solicita un límite mayor en Configuración > Límites.
api-error-tag-not-found = La etiqueta no existe en esta cuenta.
caller-ids-title = Identificadores de llamada
caller-ids-intro = Todos los números de teléfono que se han añadido alguna vez a la cuenta. Al recibir la llamada, los visitantes solo ven el número de un gestor una vez verificado. Hasta entonces, ven el número de Dialback.
caller-ids-empty = Aún no se ha añadido ningún número de teléfono a la cuenta.
caller-ids-col-verified = Verificado
caller-ids-not-verified = No verificado
caller-ids-send-sms = Enviar un código por SMS
caller-ids-send-voice = Enviar un código por llamada de voz
caller-ids-verify = Verificar
caller-ids-code-message = Tu código de verificación de Dialback es { $code }. Caduca en 10 minutos.
field-caller-id-code = Código de seis dígitos
error-code-wrong = El código no es correcto. Compruébalo y vuelve a intentarlo.
error-code-expired = El código ha caducado o no se ha enviado ninguno. Envía un código nuevo.
error-code-attempts = Demasiados códigos incorrectos. Envía un código nuevo.
tags-title = Etiquetas
tags-intro = Las etiquetas clasifican las llamadas por tema para que puedas encontrarlas y filtrarlas.
tags-empty = La cuenta aún no tiene etiquetas.
tags-add = Añadir una etiqueta
tags-col-updated = Última modificación
field-tag-label = Nombre
field-tag-color = Color
error-tag-label = Introduce un nombre de entre 1 y 50 caracteres visibles.
error-tag-color = Elige un color con el formato # seguido de seis dígitos hexadecimales, como #0b6bcb.
error-tag-duplicate = Ya hay otra etiqueta con este nombre.
calls-tag = Etiqueta
calls-add-tag = Añadir etiqueta
activity-kind-CALL_TAGGED = Se ha añadido una etiqueta a una llamada.
activity-kind-CALL_UNTAGGED = Se ha quitado una etiqueta de una llamada.
activity-kind-LIMIT_CHANGE_REQUESTED = Se ha solicitado un cambio de límite.
activity-kind-LIMIT_CHANGE_APPROVED = Se ha aprobado un cambio de límite.
activity-kind-LIMIT_CHANGE_REJECTED = Se ha rechazado un cambio de límite.
activity-kind-IP_ADDRESS_ADDED = Se ha añadido una dirección IP a una lista.
activity-kind-IP_ADDRESS_REMOVED = Se ha quitado una dirección IP de una lista.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Se ha bloqueado automáticamente una dirección IP que solicitaba muchas llamadas y no contestaba ninguna.
activity-kind-BLACKLISTED_NUMBER_ADDED = Se ha bloqueado un número de teléfono.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Se ha desbloqueado un número de teléfono.
activity-kind-CALLER_ID_ADDED = Se ha añadido un identificador de llamada.
activity-kind-CALLER_ID_VERIFICATION_SENT = Se ha enviado un código de verificación a un identificador de llamada.
activity-kind-CALLER_ID_VERIFIED = Se ha verificado un identificador de llamada.
activity-kind-CALLER_ID_DELETED = Se ha eliminado un identificador de llamada.
activity-kind-TAG_ADDED = Se ha añadido una etiqueta.
activity-kind-TAG_EDITED = Se ha modificado una etiqueta.
activity-kind-TAG_DELETED = Se ha eliminado una etiqueta.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notificaciones
live-dismiss = Cerrar
live-open = Abrir
live-enable-desktop = Mostrar notificaciones en el escritorio
report-daily-subject = Informe diario del { $date }
report-weekly-subject = Informe semanal del { $first } al { $last }
report-daily-intro = Llamadas de sus widgets el { $date } (zona horaria { $timezone }).
report-weekly-intro = Llamadas de sus widgets del { $first } al { $last } (zona horaria { $timezone }).
report-col-widget = Widget
report-col-requested = Solicitadas
report-col-answered = Atendidas
report-col-missed = Perdidas
report-col-average-wait = Espera media
report-col-average-talk = Duración media de la conversación
report-col-day = Día
report-total = Todos los widgets
report-none = —
report-chart-title = Llamadas por día
report-chart-alt = Gráfico de barras de llamadas por día; la tabla de abajo muestra las mismas cifras.
report-legend-answered = Atendidas
report-legend-missed = Perdidas
report-legend-other = Otros resultados: canceladas, fallidas o sin terminar
report-open-calls = Abrir la lista de llamadas
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Mensajes
messages-title = Mensajes
messages-intro = Mensajes que los visitantes dejaron en tus widgets, los más recientes primero.
messages-count = { $count ->
    [0] Aún no hay mensajes.
    [one] { $count } mensaje.
    [many] { $count } de mensajes.
   *[other] { $count } mensajes.
}
messages-col-widget = Widget
messages-col-visitor = Visitante
messages-col-text = Mensaje
error-message-text-missing = Escribe un mensaje.
error-message-text-too-long = Acorta el mensaje a 2000 caracteres como máximo.
error-message-contact-missing = Indica un número de teléfono o una dirección de correo electrónico para que podamos responderte.
public-error-message-refused = No podemos aceptar este mensaje. Ponte en contacto con nosotros por otro medio.
widget-message-received = ¡Gracias! Hemos recibido tu mensaje y te responderemos pronto.
activity-kind-MESSAGE_RECEIVED = Un visitante ha dejado un mensaje.
activity-kind-WEBHOOK_ADDED = Se ha añadido un webhook.
activity-kind-WEBHOOK_ENABLED = Se ha activado un webhook.
activity-kind-WEBHOOK_DISABLED = Se ha desactivado un webhook.
activity-kind-WEBHOOK_SECRET_ROTATED = Se ha sustituido el secreto de firma de un webhook.
activity-kind-WEBHOOK_DELETED = Se ha eliminado un webhook.
webhooks-title = Webhooks
webhooks-intro = Cuando ocurre uno de los eventos elegidos, Dialback envía a cada dirección de abajo una solicitud POST firmada con JSON. Los envíos fallidos se reintentan con pausas cada vez más largas.
webhooks-owner-only = Solo los propietarios y administradores de la cuenta pueden gestionar los webhooks.
webhooks-empty = La cuenta aún no tiene webhooks.
webhooks-col-url = Dirección
webhooks-col-events = Eventos
webhooks-col-secret = Secreto de firma
webhooks-col-state = Estado
webhooks-state-enabled = Activado
webhooks-state-disabled = Desactivado
webhooks-log = Registro de envíos
webhooks-enable = Activar
webhooks-disable = Desactivar
webhooks-rotate-secret = Sustituir secreto
webhooks-signature-hint = Cada solicitud lleva la cabecera Dialback-Signature: t=<hora Unix>,v1=<HMAC-SHA256 en hexadecimal de la hora, un punto y el cuerpo, con el secreto de firma como clave>. Compruébala antes de confiar en una solicitud.
webhooks-add = Añadir un webhook
field-webhook-url = Dirección (URL)
field-webhook-events = Eventos que se envían
error-webhook-url-missing = Introduce la dirección que debe recibir los eventos.
error-webhook-url-too-long = Acorta la dirección a 2000 caracteres como máximo.
error-webhook-url-invalid = Introduce una dirección completa que empiece por https:// o http://, como https://example.com/dialback.
error-webhook-url-credentials = Introduce la dirección sin nombre de usuario ni contraseña.
error-webhook-url-forbidden = Esta dirección lleva a { $address }, que no está en la internet pública. Los webhooks solo pueden llegar a direcciones públicas.
error-webhook-url-unresolved = No se ha encontrado el nombre de host de esta dirección. Comprueba cómo está escrito.
error-webhook-events-missing = Elige al menos un evento de la lista.
error-webhook-too-many = { $count ->
    [one] Una cuenta puede tener como máximo { $count } webhook. Elimina uno primero.
    [many] Una cuenta puede tener como máximo { $count } de webhooks. Elimina uno primero.
   *[other] Una cuenta puede tener como máximo { $count } webhooks. Elimina uno primero.
}
webhooks-event-call-new = Llamada nueva
webhooks-event-call-scheduled = Llamada programada
webhooks-event-call-ringing = Llamada sonando
webhooks-event-call-completed = Llamada completada
webhooks-event-call-missed = Llamada perdida
webhooks-event-call-scheduled-failed = Llamada programada fallida
webhooks-event-call-custom-fields = Campos personalizados completados por un visitante
webhooks-event-call-additional-data = El visitante dejó datos adicionales
webhooks-event-message-new = Mensaje nuevo
webhooks-log-title = Registro de envíos del webhook
webhooks-back = Volver a los webhooks
webhooks-col-event = Evento
webhooks-col-attempts = Intentos
webhooks-no-attempts = Aún no se ha enviado.
webhooks-deliveries-count = { $count ->
    [0] Aún no se ha enviado nada a este webhook.
    [one] { $count } envío.
    [many] { $count } de envíos.
   *[other] { $count } envíos.
}
webhooks-status-delivered = Entregado
webhooks-status-failed = Fallido; no habrá más intentos
webhooks-status-pending = Pendiente de envío
webhooks-status-retrying = Fallido; próximo intento el { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Rechazado: la dirección no está en la internet pública
webhooks-error-unresolved = No se ha encontrado el nombre de host
webhooks-error-timeout = Sin respuesta a tiempo
webhooks-error-connect = La conexión ha fallado
webhooks-error-too-many-redirects = Demasiadas redirecciones
webhooks-error-invalid-redirect = Una redirección sin dirección de destino válida
webhooks-error-request = La solicitud ha fallado
# Notifications (branch notify)
notifications-title = Notificaciones
notifications-intro = Elija qué eventos le llegan por cada canal. Los cambios se aplican cuando pulse Guardar.
notifications-col-event = Evento
notifications-not-offered = No disponible en este canal
notifications-error-unknown = El formulario contenía una opción que no existe, así que no se ha guardado nada. Recargue la página e inténtelo de nuevo.
notifications-sms-to = Los SMS se envían a { $phone }, el número de su perfil.
notifications-sms-no-phone = Añada un número de teléfono a su perfil para recibir SMS.
notifications-mobile-devices = Dispositivos móviles registrados para notificaciones push: { $count }. Las aplicaciones los registran mediante la API REST.
notifications-test-title = Enviar una prueba
notifications-test-hint = Una prueba pasa por la misma cola que las notificaciones reales, por lo que también aparece en el registro de envíos.
notifications-test-sms = Enviar un SMS de prueba
notifications-test-email = Enviar un correo de prueba
notifications-test-desktop = Enviar una notificación de escritorio de prueba
notifications-test-mobile = Enviar una notificación push de prueba
notifications-test-queued = La notificación de prueba está en camino.
notifications-log-title = Registro de envíos
notifications-log-empty = Todavía no se le ha enviado nada.
notifications-log-col-what = Notificación
notifications-log-col-when = Creada
notifications-log-col-channel = Canal
notifications-log-col-status = Estado
notifications-log-col-attempts = Intentos
notifications-log-col-error = Último error
notifications-log-sent-at = enviada el { $time }
notifications-log-older = Envíos anteriores
notifications-status-pending = En espera
notifications-status-sent = Enviada
notifications-status-failed = Fallida
notifications-error-no-phone = Su perfil no tiene número de teléfono.
notifications-error-no-device = No tiene ningún dispositivo móvil registrado.
notifications-error-user-gone = El destinatario ya no existe.
notifications-error-user-disabled = El usuario del destinatario está desactivado.
notifications-error-unknown-kind = Esta versión de Dialback no conoce esta notificación.
profile-notifications-link = Elegir qué notificaciones recibe
notify-channel-sms = SMS
notify-channel-email = Correo electrónico
notify-channel-desktop = Escritorio
notify-channel-mobile = Móvil
notify-event-call-new = Nueva llamada
notify-event-call-scheduled = Nueva llamada programada
notify-event-call-ringing = El teléfono suena
notify-event-call-completed = Llamada finalizada, con sus detalles
notify-event-call-missed = Llamada perdida
notify-event-call-scheduled-failed = Llamada programada fallida
notify-event-call-custom-fields = Campos personalizados completados por un visitante
notify-event-call-additional-data = El visitante dejó datos adicionales
notify-event-message-new = Nuevo mensaje
notify-event-widget-installed = Nuevo widget instalado
notify-event-product-update = Novedades del producto
notify-event-report-daily = Informe diario del widget
notify-event-report-weekly = Informe semanal del widget
notify-event-notification-test = Notificación de prueba
notify-event-subscription-expired = Suscripción caducada
notify-label-phone = Número del visitante
notify-label-time = Hora
notify-label-scheduled = Programada para
notify-label-widget = Widget
notify-label-manager = Gestor
notify-label-duration = Conversación
notify-label-email = Correo electrónico
notify-open-link = Abrir en Dialback
notify-email-footer = Recibe este mensaje por su configuración de notificaciones en Dialback. Puede cambiarla en Configuración > Notificaciones.
notify-call-new-subject = Nueva solicitud de llamada de { $phone }
notify-call-new-body = { $phone } pidió que le devuelvan la llamada a través de { $widget } a las { $time }.
notify-call-new-sms = Nueva solicitud de llamada de { $phone } a las { $time }.
notify-call-scheduled-subject = { $phone } reservó una llamada para el { $scheduled }
notify-call-scheduled-body = { $phone } reservó una llamada a través de { $widget } para el { $scheduled }.
notify-call-scheduled-sms = Llamada reservada por { $phone } para el { $scheduled }.
notify-call-ringing-subject = Sonando: llamada para { $phone }
notify-call-ringing-body = Está sonando el teléfono de un gestor por la llamada que { $phone } solicitó a través de { $widget }.
notify-call-ringing-sms = Sonando ahora: llamada para { $phone }.
notify-call-completed-subject = Llamada con { $phone } finalizada ({ $duration })
notify-call-completed-body = { $manager } habló con { $phone } durante { $duration }. La llamada terminó a las { $time }.
notify-call-completed-sms = Llamada finalizada: { $phone }, { $duration } con { $manager }, terminó { $time }.
notify-call-missed-subject = Llamada perdida de { $phone }
notify-call-missed-manager-body = Ningún gestor atendió la llamada que { $phone } solicitó a través de { $widget }. Terminó a las { $time }; devuelva la llamada al visitante cuanto antes.
notify-call-missed-manager-sms = Llamada perdida de { $phone } a las { $time }: ningún gestor contestó.
notify-call-missed-visitor-body = El visitante { $phone } no contestó la llamada solicitada a través de { $widget }. Terminó a las { $time }.
notify-call-missed-visitor-sms = Llamada perdida con { $phone } a las { $time }: el visitante no contestó.
notify-call-scheduled-failed-subject = Falló la llamada programada con { $phone }
notify-call-scheduled-failed-body = No se pudo realizar la llamada que { $phone } reservó para el { $scheduled }. Terminó a las { $time }.
notify-call-scheduled-failed-sms = Falló la llamada programada con { $phone } a las { $time }.
notify-call-custom-fields-subject = { $phone } completó campos personalizados
notify-call-custom-fields-body = El visitante { $phone } completó campos personalizados de su llamada a través de { $widget }. Abajo están todos los campos rellenados hasta ahora.
notify-call-custom-fields-sms = { $phone } completó campos personalizados de su llamada.
notify-call-additional-data-subject = { $phone } dejó datos adicionales
notify-call-additional-data-body = El visitante { $phone } dejó datos adicionales con su llamada a través de { $widget }.
notify-call-additional-data-sms = { $phone } dejó datos adicionales con su llamada.
notify-message-new-subject = Nuevo mensaje de un visitante en { $widget }
notify-message-new-body = Un visitante dejó un mensaje en { $widget } a las { $time }:
notify-message-new-sms = Nuevo mensaje en { $widget }:
notify-widget-installed-subject = Su widget ya funciona en { $domain }
notify-widget-installed-body = El widget de { $widget } se cargó por primera vez en { $domain } a las { $time }. Los visitantes ya pueden pedir que les llamen desde allí.
notify-widget-installed-sms = Los visitantes de { $domain } ya pueden pedir que les devuelvan la llamada.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Informe diario de sus widgets
notify-report-weekly-subject = Informe semanal de sus widgets
notify-notification-test-subject = Notificación de prueba de Dialback
notify-notification-test-body = Esta es una notificación de prueba por el canal { $channel }. Si le ha llegado, las notificaciones de Dialback también le llegarán por ahí.
notify-notification-test-sms = Notificación de prueba de Dialback por el canal { $channel }: recibida.
activity-kind-PUSH_DEVICE_REGISTERED = Se registró un dispositivo móvil para notificaciones push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Se quitó un dispositivo móvil de las notificaciones push.
api-reason-device-token = use el token que emitió la plataforma del dispositivo: como máximo 4096 caracteres, sin espacios.
api-reason-device-platform = use android o ios.
api-error-device-not-found = Ese token de dispositivo no existe en esta cuenta.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Mensual
billing-period-annual = Anual
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Transferencia bancaria
subscription-title = Suscripción
subscription-paid = Gracias. El pago está confirmado y tu plan ha cambiado.
subscription-current-plan = Plan actual
subscription-expires-on = Válido hasta
subscription-expired-on = Caducó el
subscription-plans = Planes
subscription-no-plans = Todavía no hay planes a la venta.
subscription-prices-net = Precios sin IVA, en la moneda de tu cuenta. El IVA se añade al hacer el pedido.
subscription-change = Cambiar de plan
subscription-see-price = Ver el precio
subscription-pending = Pagos pendientes de confirmación
subscription-pay-now = Pagar
payment-reference = Referencia del pago
checkout-field-plan = Plan
checkout-field-billing-period = Periodo de facturación
checkout-field-payment-system = Sistema de pago
checkout-field-full-name = Nombre y apellidos
checkout-field-company = Nombre de la empresa (si compras como empresa)
checkout-field-tax-id = NIF o número de IVA
checkout-field-country = País (código de dos letras, como ES)
checkout-field-city = Ciudad
checkout-field-address = Dirección
checkout-field-zip-code = Código postal
checkout-title = Pedido
checkout-price = Precio del plan
checkout-credit = Descuento por la parte no usada de tu plan actual
checkout-credit-rule = El descuento es lo pagado por tu periodo actual multiplicado por la parte del periodo que queda, redondeado a la unidad más pequeña de la moneda.
checkout-net = Base imponible
checkout-vat = IVA { $rate } %
checkout-vat-amount = IVA
checkout-gross = Total a pagar
checkout-downgrade = Lo que pierdes con este plan
checkout-downgrade-intro = El nuevo plan deja estos límites por debajo de sus valores actuales. Cambian en cuanto se confirme el pago.
checkout-downgrade-now = Ahora
checkout-downgrade-after = Con el nuevo plan
checkout-downgrade-confirm = Entiendo que estos límites se reducirán.
checkout-details = Datos de facturación
checkout-submit = Ir al pago
proforma-title = Factura proforma
proforma-intro = Transfiere el total a esta cuenta indicando la referencia del pago. Tu plan cambia cuando el operador registre el pago.
proforma-paid = Este pago está confirmado.
proforma-recipient = Beneficiario
proforma-bank = Banco
proforma-account = Número de cuenta
proforma-amount = Importe a pagar
proforma-issued = Emitida el
proforma-back = Volver a la suscripción
sandbox-title = Entorno de pruebas de pago
sandbox-intro = Esta página de prueba sustituye al proveedor de pagos. No se cobra dinero.
sandbox-pay = Confirmar el pago
sandbox-cancel = Cancelar y volver a Dialback
invoices-title = Facturas
invoices-empty = Todavía no hay facturas. Se emite una factura por cada pago confirmado.
invoices-col-number = Número
invoices-col-transaction = ID de transacción
invoices-col-price = Precio
invoices-col-paid = Fecha de pago
invoices-col-kind = Tipo
invoices-download = Descargar PDF
invoice-kind-subscription = Suscripción
invoice-kind-one_time = Pago único
invoice-line-subscription = Plan { $plan }, { $period }
invoice-line-subscription-credit = Plan { $plan }, { $period }, menos { $credit } de abono por la parte no usada del plan anterior
error-money-invalid = Escribe un importe como 49.99, con un punto antes de los céntimos.
error-money-precision = Escribe como máximo dos cifras después del punto.
error-billing-period-unknown = Elige facturación mensual o anual.
error-payment-system-unknown = Elige un sistema de pago de la lista.
error-invoice-kind-unknown = Elige suscripción o pago único.
error-plan-unknown = Elige un plan de la lista.
error-plan-no-price = Este plan no tiene precio en la moneda de tu cuenta para este periodo. Elige otro plan u otro periodo.
error-checkout-required = Rellena este campo (hasta 200 caracteres).
error-checkout-country = Escribe el código del país de dos letras, como ES o PT.
error-checkout-tax-id-required = Una empresa debe indicar su número de identificación fiscal.
error-checkout-confirm-downgrade = Confirma que aceptas los límites más bajos.
activity-kind-PAYMENT_STARTED = Se inició un pago.
activity-kind-PAYMENT_CONFIRMED = Se confirmó un pago.
activity-kind-PAYMENT_CALLBACK_REJECTED = Se rechazó una notificación de pago.
activity-kind-SUBSCRIPTION_CHANGED = Cambió el plan de la suscripción.
activity-kind-INVOICE_ISSUED = Se emitió una factura.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Introduce el número fiscal.
error-tax-id-characters = Este número fiscal tiene caracteres que los números del país elegido no usan.
error-tax-id-length = Este número fiscal tiene una cantidad de caracteres incorrecta para el país elegido.
error-tax-id-checksum = El dígito de control de este número fiscal no coincide. Comprueba si hay algún error al escribirlo.
error-tax-id-prefix = Este número empieza por el prefijo de otro país. Elige ese país o quita el prefijo.
error-tax-id-country = No podemos comprobar números fiscales de este país. Elige el país que emitió el número.
settings-nav-subscription = Suscripción
settings-nav-invoices = Facturas
billing-title = Datos de facturación
billing-intro = Las facturas nuevas se emiten con estos datos. Las facturas ya emitidas conservan los datos con los que se emitieron.
billing-country-choose = Elige un país
billing-zip-hint = Formato del código postal en el país elegido: { $example }
billing-tax-id-hint = Opcional. Introduce el NIF-IVA o el número fiscal del país elegido, con o sin el prefijo del país.
field-country = País
field-address = Dirección
field-zip-code = Código postal
field-city = Localidad
field-tax-id = NIF-IVA o número fiscal
error-country-missing = Elige un país.
error-country-unknown = Elige un país de la lista.
error-address-missing = Introduce la dirección.
error-address-too-long = La dirección es demasiado larga: usa como máximo 200 caracteres.
error-city-missing = Introduce la localidad.
error-city-too-long = El nombre de la localidad es demasiado largo: usa como máximo 100 caracteres.
error-zip-missing = Introduce el código postal.
error-zip-format = Introduce el código postal con el formato del país elegido, como { $example }.
coupons-title = Cupones
coupons-intro = Un código de cupón aumenta uno de los límites de la cuenta. Cada código se puede usar una vez por cuenta.
field-coupon-code = Código de cupón
coupons-apply = Aplicar
coupons-used = Cupones aplicados
coupons-empty = Todavía no se ha aplicado ningún cupón.
coupons-col-code = Código
coupons-col-increase = Aumento del límite
coupons-col-applied = Fecha de aplicación
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Introduce un código de cupón.
error-coupon-code-format = Un código de cupón tiene de 3 a 40 letras, cifras, guiones o guiones bajos.
error-coupon-unknown = Este código de cupón no existe. Comprueba cómo lo has escrito.
error-coupon-expired = Este código de cupón ha caducado.
error-coupon-exhausted = Este código de cupón ya se ha agotado.
error-coupon-already-used = Esta cuenta ya ha usado este código de cupón.
error-coupon-throttled = { $count ->
    [one] Demasiados códigos de cupón incorrectos. Vuelve a intentarlo dentro de { $count } minuto.
    [many] Demasiados códigos de cupón incorrectos. Vuelve a intentarlo dentro de { $count } minutos.
   *[other] Demasiados códigos de cupón incorrectos. Vuelve a intentarlo dentro de { $count } minutos.
}
activity-kind-BILLING_INFO_CHANGED = Se han cambiado los datos de facturación.
activity-kind-COUPON_APPLIED = Se ha aplicado un cupón.
invoice-pdf-title = Factura
invoice-pdf-number = Número de factura
invoice-pdf-issued-on = Fecha de emisión
invoice-pdf-paid-on = Fecha de pago
invoice-pdf-transaction = ID de la transacción
invoice-pdf-seller = Vendedor
invoice-pdf-buyer = Comprador
invoice-pdf-tax-id = NIF: { $id }
invoice-pdf-col-number = N.º
invoice-pdf-col-description = Concepto
invoice-pdf-col-quantity = Cant.
invoice-pdf-col-unit-net = Precio unitario sin IVA
invoice-pdf-col-net = Base imponible
invoice-pdf-col-vat-rate = Tipo de IVA
invoice-pdf-col-vat = IVA
invoice-pdf-col-gross = Total
invoice-pdf-vat-rate-value = { $rate } %
invoice-pdf-total = Total
invoice-pdf-currency = Moneda: { $code }
country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-BR = Brasil
country-CY = Chipre
country-CZ = Chequia
country-DE = Alemania
country-DK = Dinamarca
country-EE = Estonia
country-ES = España
country-FI = Finlandia
country-FR = Francia
country-GB = Reino Unido
country-GR = Grecia
country-HR = Croacia
country-HU = Hungría
country-IE = Irlanda
country-IT = Italia
country-LT = Lituania
country-LU = Luxemburgo
country-LV = Letonia
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SE = Suecia
country-SI = Eslovenia
country-SK = Eslovaquia
country-US = Estados Unidos
widget-message-title = O déjanos un mensaje
widget-name-label = Tu nombre (opcional)
widget-email-label = Tu dirección de correo electrónico
widget-message-label = Mensaje
widget-send-message = Enviar mensaje
subscription-trial-plan = Periodo de prueba
invoice-period-monthly = facturación mensual
invoice-period-annual = facturación anual
activity-kind-SUBSCRIPTION_EXPIRED = La suscripción caducó y terminó el periodo de gracia, así que los widgets rechazan nuevas solicitudes de llamada.
api-error-subscription-expired = La suscripción de la cuenta ha caducado, así que sus widgets no aceptan nuevas solicitudes de llamada. El propietario de la cuenta puede renovarla en Configuración > Suscripción.
public-error-subscription-expired = Las solicitudes de devolución de llamada no están disponibles en este sitio web en este momento. Póngase en contacto con la empresa por otra vía.
subscription-banner-expiring = Su suscripción caduca el { $date }.
subscription-banner-grace = Su suscripción caducó el { $date }. Si no se renueva, los widgets rechazarán nuevas solicitudes de llamada a partir del { $refused }.
subscription-banner-expired = Su suscripción caducó el { $date }. Hasta que se renueve, los widgets rechazan nuevas solicitudes de llamada; las llamadas aceptadas antes se siguen realizando.
subscription-banner-renew = Renuévela en Configuración > Suscripción.
subscription-banner-ask-owner = Pida al propietario de la cuenta que la renueve.
notify-subscription-expired-subject = Su suscripción a Dialback ha caducado
notify-subscription-expired-body = Su suscripción caducó el { $time } y terminó el periodo de gracia, así que sus widgets ya no aceptan solicitudes de llamada. Las llamadas aceptadas antes se siguen realizando. Renuévela en Configuración > Suscripción para volver a aceptar llamadas.
notify-subscription-expired-sms = Su suscripción a Dialback ha caducado; los widgets ya no aceptan solicitudes de llamada.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Este código de cupón ya no está activo.
error-forbidden-title = No puedes abrir esta página
error-forbidden-message = Tu rol en esta cuenta no lo permite. Si necesitas acceso, pídeselo al propietario de la cuenta.
error-tax-id-repeated = Un número formado por una sola cifra repetida nunca se asigna. Introduce el número fiscal real.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Pagado hasta
checkout-credit-surplus = El valor no usado de tu plan actual supera este precio en { $amount }. No se pierde: alarga el nuevo plan, como muestra la fecha de arriba.
payment-cancel = Cancelar
payment-cancelled-notice = Este pago se canceló y ya no se puede pagar. Para cambiar de plan, empieza un nuevo pedido.
payment-cancelled-done = El pago pendiente se canceló.
payment-rejected-title = El pago no se confirmó
payment-rejected-back = Volver a Suscripción
payment-rejected-bad-signature = No se pudo verificar la confirmación del sistema de pago. Tu plan no ha cambiado. Vuelve a empezar el pago desde la página Suscripción.
payment-rejected-unknown-payment = Ningún pago tiene esta referencia. Tu plan no ha cambiado.
payment-rejected-wrong-system = Este pago no se paga con este sistema de pago. Tu plan no ha cambiado.
payment-rejected-wrong-amount = El importe o la moneda confirmados no coinciden con este pago. Tu plan no ha cambiado.
payment-rejected-replayed = Esta confirmación ya se usó y no cambió nada. Si pagaste, la página Suscripción muestra el resultado.
payment-rejected-expired = La confirmación llegó tarde: la página de pago es válida 15 minutos. Tu plan no ha cambiado. Abre el pago de nuevo desde la página Suscripción.
payment-rejected-cancelled = Este pago se canceló, por ejemplo por un pedido más reciente, así que no se puede confirmar. Tu plan no ha cambiado.
error-currency-paid-period = La moneda no se puede cambiar mientras dure un periodo pagado (hasta el { $date }): la parte no usada solo se descuenta en la moneda en que se pagó.
activity-kind-PAYMENT_CANCELLED = Se canceló un pago pendiente.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Este token de dispositivo está registrado en otra cuenta.
notifications-test-throttled = Hace menos de un minuto se envió una prueba por este canal. Espera un minuto antes de enviar otra.
error-webhook-url-metadata = Esta dirección lleva a { $address }, un servicio de metadatos de la nube que puede entregar las credenciales del servidor. Los webhooks nunca pueden llegar a él, permita lo que permita el servidor.
error-webhook-url-port = Indica un puerto del 1 al 65535 o no indiques ninguno.
error-message-text-control = Quita del mensaje los caracteres de control, como los pegados desde otro programa. Los saltos de línea y las tabulaciones pueden quedarse.
error-message-name-control = Quita del nombre los caracteres invisibles o de control, como tabulaciones o saltos de línea.
notify-label-name = Nombre del visitante
notifications-error-mail-unreachable = No se pudo conectar con el servidor de correo.
notifications-error-mail-refused = El servidor de correo rechazó el mensaje.
notifications-error-other = No se pudo enviar.
