## Navigation

nav-main = Menu principal
nav-settings = Definições
nav-sign-in = Iniciar sessão
nav-sign-up = Registar-se
nav-sign-out = Terminar sessão

## Common actions and messages

action-save = Guardar
settings-title = Definições
settings-saved = As suas alterações foram guardadas.

## Form fields

field-company-name = Nome da empresa
field-name = Nome completo
field-email = Endereço de e-mail
field-password = Palavra-passe
field-job-title = Cargo
field-phone-number = Número de telefone
field-interface-language = Idioma da interface
field-sms-language = Idioma das SMS
field-email-language = Idioma dos e-mails
field-currency = Moeda
field-timezone = Fuso horário
field-date-format = Formato da data
field-time-format = Formato da hora
field-current-password = Palavra-passe atual
field-new-password = Nova palavra-passe

password-rule = { $count ->
    [one] Utilize pelo menos { $count } carácter. Não são aceites palavras-passe comuns.
    [many] Utilize pelo menos { $count } caracteres. Não são aceites palavras-passe comuns.
   *[other] Utilize pelo menos { $count } caracteres. Não são aceites palavras-passe comuns.
}

## Validation errors

error-email-missing = Introduza o seu endereço de e-mail.
error-email-invalid = Introduza um endereço de e-mail válido, como nome@example.com.
error-email-taken = Este endereço de e-mail já pertence a outro utilizador.
error-name-missing = Introduza o seu nome completo.
error-name-too-long = O nome é demasiado longo: utilize no máximo 100 caracteres.
error-company-missing = Introduza o nome da empresa.
error-company-too-long = O nome da empresa é demasiado longo: utilize no máximo 150 caracteres.
error-job-title-too-long = O cargo é demasiado longo: utilize no máximo 100 caracteres.
error-phone-missing = Introduza um número de telefone.
error-phone-invalid = Introduza um número de telefone válido, com o indicativo do país se não for um número português, como +351 912 345 678.
error-password-missing = Introduza a sua palavra-passe.
error-password-too-short = A palavra-passe é demasiado curta: utilize pelo menos 8 caracteres.
error-password-too-long = A palavra-passe é demasiado longa: utilize no máximo 256 caracteres.
error-password-common = Esta palavra-passe é demasiado comum e fácil de adivinhar. Escolha outra.
error-current-password-wrong = A palavra-passe atual está incorreta.
error-language-unknown = Escolha um dos idiomas da lista.
error-currency-unknown = Escolha uma das moedas da lista.
error-timezone-unknown = Escolha um fuso horário da lista.
error-date-format-unknown = Escolha um dos formatos de data da lista.
error-time-format-unknown = Escolha um dos formatos de hora da lista.
error-date-invalid = Introduza uma data no formato YYYY-MM-DD.
error-activity-kind-unknown = Escolha um tipo de ação da lista.
error-activity-source-unknown = Escolha uma origem da lista.

## Error pages

error-not-found-title = Página não encontrada
error-not-found-message = A página que procura não existe ou não está disponível para a sua conta.
error-internal-title = Ocorreu um erro
error-internal-message = Não foi possível concluir o seu pedido. Tente novamente dentro de momentos. Se o problema persistir, contacte o suporte e indique o ID do pedido apresentado abaixo.
error-unavailable-title = Serviço temporariamente indisponível
error-unavailable-message = O Dialback está sobrecarregado ou a base de dados não está a responder. Tente novamente dentro de momentos.
error-csrf-title = O formulário expirou
error-csrf-message = Por motivos de segurança, este formulário já não pode ser enviado. Volte atrás, recarregue a página e tente novamente.
error-request-id = ID do pedido:
error-back-home = Ir para a página inicial

## Sign-up

signup-title = Crie a sua conta no Dialback
signup-intro = Configure a conta da sua empresa. Pode convidar a sua equipa mais tarde.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?

## Sign-in

login-title = Iniciar sessão no Dialback
login-submit = Iniciar sessão
login-forgot = Esqueceu-se da palavra-passe?
login-no-account = Ainda não tem conta?
login-wrong-credentials = O endereço de e-mail ou a palavra-passe estão incorretos.
login-notice-reset = A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.
login-throttled = { $count ->
    [one] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minuto.
    [many] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minutos.
   *[other] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minutos.
}

## Sign-out

logout-title = Terminar sessão
logout-done = A sua sessão foi terminada.

## Forgotten password

forgot-title = Repor a palavra-passe
forgot-intro = Introduza o endereço de e-mail com que inicia sessão. Vamos enviar-lhe uma ligação para escolher uma nova palavra-passe.
forgot-submit = Enviar ligação
forgot-sent = Se este endereço estiver registado no Dialback, receberá uma ligação para repor a palavra-passe. Verifique a sua caixa de entrada.
reset-title = Escolha uma nova palavra-passe
reset-submit = Definir a nova palavra-passe
reset-link-invalid = Esta ligação é inválida, expirou ou já foi utilizada.
reset-request-new = Pedir uma nova ligação
reset-mail-subject = Reponha a sua palavra-passe do Dialback
reset-mail-body =
    Olá, { $name },

    Alguém pediu para repor a palavra-passe da sua conta Dialback. Para escolher uma nova palavra-passe, abra esta ligação:

    { $link }

    { $minutes ->
        [one] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minuto.
        [many] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minutos.
       *[other] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minutos.
    } Se não fez este pedido, ignore esta mensagem: a sua palavra-passe mantém-se.

    A equipa Dialback

## Settings > Profile

profile-title = Perfil
profile-phone-stored = Guardado como { $phone }.

## Settings > Account settings

account-title = Definições da conta
account-languages = Idiomas
account-currency-owner-only = Só o proprietário da conta ou um administrador pode alterar a moeda.
currency-PLN = Zloti polaco
currency-USD = Dólar dos Estados Unidos
currency-GBP = Libra esterlina
currency-EUR = Euro
currency-BRL = Real brasileiro

## Settings > Change password

password-title = Alterar a palavra-passe
password-intro = Depois da alteração, continuará com a sessão iniciada aqui e todas as outras sessões serão terminadas.
password-submit = Alterar a palavra-passe

## Settings > Activity

activity-title = Atividade
activity-filter-user = Utilizador
activity-filter-kind = Ação
activity-filter-from = De
activity-filter-to = Até
activity-filter-any = Qualquer
activity-filter-apply = Filtrar
activity-count = { $count ->
    [0] Nenhum registo encontrado.
    [one] { $count } registo encontrado.
    [many] { $count } registos encontrados.
   *[other] { $count } registos encontrados.
}
activity-empty = Não há atividade para mostrar.
activity-older = Registos mais antigos
activity-user-none = Sistema
activity-col-id = ID
activity-col-user = Utilizador
activity-col-kind = Ação
activity-col-source = Origem
activity-col-time = Data e hora
activity-source-web = Web
activity-source-api = API
activity-source-cli = Linha de comandos
activity-source-system = Sistema
activity-kind-USER_ADDED = Foi adicionado um utilizador à equipa.
activity-kind-USER_EDITED = O perfil de um utilizador foi editado.
activity-kind-USER_DELETED = Foi removido um utilizador da equipa.
activity-kind-USER_SIGNUP = A conta foi criada.
activity-kind-USER_LOGGED_IN = Um utilizador iniciou sessão.
activity-kind-USER_LOGGED_OUT = Um utilizador terminou sessão.
activity-kind-USER_CHANGED_PASSWORD = Um utilizador alterou a própria palavra-passe.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Um utilizador pediu uma ligação para repor a palavra-passe.
activity-kind-USER_RESET_PASSWORD = Um utilizador definiu uma nova palavra-passe através de uma ligação de reposição.
activity-kind-USER_CHANGED_NOTIFICATIONS = Um utilizador alterou as respetivas definições de notificações.
activity-kind-ACCOUNT_SETTINGS_EDITED = As definições da conta foram alteradas.
