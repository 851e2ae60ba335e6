## Navigation

nav-main = Menu principal
nav-settings = Configurações
nav-sign-in = Entrar
nav-sign-up = Cadastrar-se
nav-sign-out = Sair

## Common actions and messages

action-save = Salvar
settings-title = Configurações
settings-saved = Suas alterações foram salvas.

## Form fields

field-company-name = Nome da empresa
field-name = Nome completo
field-email = E-mail
field-password = Senha
field-job-title = Cargo
field-phone-number = Telefone
field-interface-language = Idioma da interface
field-sms-language = Idioma do SMS
field-email-language = Idioma do e-mail
field-currency = Moeda
field-timezone = Fuso horário
field-date-format = Formato de data
field-time-format = Formato de hora
field-current-password = Senha atual
field-new-password = Nova senha

password-rule = { $count ->
    [one] Use pelo menos { $count } caractere. Senhas comuns não são aceitas.
    [many] Use pelo menos { $count } caracteres. Senhas comuns não são aceitas.
   *[other] Use pelo menos { $count } caracteres. Senhas comuns não são aceitas.
}

## Validation errors

error-email-missing = Digite seu e-mail.
error-email-invalid = Digite um e-mail válido, como nome@example.com.
error-email-taken = Este e-mail já está sendo usado por outro usuário.
error-name-missing = Digite seu nome completo.
error-name-too-long = O nome é muito longo: use no máximo 100 caracteres.
error-company-missing = Digite o nome da empresa.
error-company-too-long = O nome da empresa é muito longo: use no máximo 150 caracteres.
error-job-title-too-long = O cargo é muito longo: use no máximo 100 caracteres.
error-phone-missing = Digite um número de telefone.
error-phone-invalid = Digite um número de telefone válido, com o código do país se não for um número brasileiro, como +55 11 91234-5678.
error-password-missing = Digite sua senha.
error-password-too-short = A senha é muito curta: use pelo menos 8 caracteres.
error-password-too-long = A senha é muito longa: use no máximo 256 caracteres.
error-password-common = Esta senha é muito comum e fácil de adivinhar. Escolha outra.
error-current-password-wrong = A senha atual está incorreta.
error-language-unknown = Escolha um dos idiomas da lista.
error-currency-unknown = Escolha uma das moedas da lista.
error-timezone-unknown = Escolha um fuso horário da lista.
error-date-format-unknown = Escolha um dos formatos de data da lista.
error-time-format-unknown = Escolha um dos formatos de hora da lista.
error-date-invalid = Digite uma data no formato YYYY-MM-DD.
error-activity-kind-unknown = Escolha um tipo de ação da lista.
error-activity-source-unknown = Escolha uma origem da lista.

## Error pages

error-not-found-title = Página não encontrada
error-not-found-message = A página que você está procurando não existe ou não está disponível para sua conta.
error-internal-title = Algo deu errado
error-internal-message = Não foi possível concluir sua solicitação. Tente novamente em instantes. Se o problema continuar, entre em contato com o suporte e informe o ID da solicitação que aparece abaixo.
error-unavailable-title = Serviço temporariamente indisponível
error-unavailable-message = O Dialback está sobrecarregado ou o banco de dados não está respondendo. Tente novamente em instantes.
error-csrf-title = O formulário expirou
error-csrf-message = Para sua segurança, este formulário não pode mais ser enviado. Volte, recarregue a página e tente novamente.
error-request-id = ID da solicitação:
error-back-home = Ir para a página inicial

## Sign-up

signup-title = Crie sua conta no Dialback
signup-intro = Configure a conta da sua empresa. Você pode convidar sua equipe depois.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?

## Sign-in

login-title = Entrar no Dialback
login-submit = Entrar
login-forgot = Esqueceu sua senha?
login-no-account = Ainda não tem uma conta?
login-wrong-credentials = E-mail ou senha incorretos.
login-notice-reset = Sua senha foi alterada. Entre com a nova senha.
login-throttled = { $count ->
    [one] Muitas tentativas de login sem sucesso. Tente novamente em { $count } minuto.
    [many] Muitas tentativas de login sem sucesso. Tente novamente em { $count } minutos.
   *[other] Muitas tentativas de login sem sucesso. Tente novamente em { $count } minutos.
}

## Sign-out

logout-title = Sair
logout-done = Você saiu da sua conta.

## Forgotten password

forgot-title = Redefinir senha
forgot-intro = Digite o e-mail que você usa para entrar. Enviaremos um link para você escolher uma nova senha.
forgot-submit = Enviar link
forgot-sent = Se este e-mail estiver cadastrado no Dialback, você receberá um link para redefinir a senha. Verifique sua caixa de entrada.
reset-title = Escolha uma nova senha
reset-submit = Definir nova senha
reset-link-invalid = Este link é inválido, expirou ou já foi usado.
reset-request-new = Solicitar um novo link
reset-mail-subject = Redefina sua senha do Dialback
reset-mail-body =
    Olá, { $name },

    Alguém pediu para redefinir a senha da sua conta do Dialback. Para escolher uma nova senha, abra este link:

    { $link }

    { $minutes ->
        [one] O link só pode ser usado uma vez e expira em { $minutes } minuto.
        [many] O link só pode ser usado uma vez e expira em { $minutes } minutos.
       *[other] O link só pode ser usado uma vez e expira em { $minutes } minutos.
    } Se não foi você quem fez esse pedido, ignore esta mensagem: sua senha continuará a mesma.

    Equipe Dialback

## Settings > Profile

profile-title = Perfil
profile-phone-stored = Salvo como { $phone }.

## Settings > Account settings

account-title = Configurações da conta
account-languages = Idiomas
account-currency-owner-only = Somente o proprietário da conta ou um administrador pode alterar a moeda.
currency-PLN = Zloti polonês
currency-USD = Dólar americano
currency-GBP = Libra esterlina
currency-EUR = Euro
currency-BRL = Real brasileiro

## Settings > Change password

password-title = Alterar senha
password-intro = Após a alteração, você continuará conectado aqui e será desconectado de todas as outras sessões.
password-submit = Alterar senha

## Settings > Activity

activity-title = Atividade
activity-filter-user = Usuário
activity-filter-kind = Ação
activity-filter-from = De
activity-filter-to = Até
activity-filter-any = Qualquer
activity-filter-apply = Filtrar
activity-count = { $count ->
    [0] Nenhum registro encontrado.
    [one] { $count } registro encontrado.
    [many] { $count } registros encontrados.
   *[other] { $count } registros encontrados.
}
activity-empty = Nenhuma atividade para exibir.
activity-older = Registros mais antigos
activity-user-none = Sistema
activity-col-id = ID
activity-col-user = Usuário
activity-col-kind = Ação
activity-col-source = Origem
activity-col-time = Data e hora
activity-source-web = Web
activity-source-api = API
activity-source-cli = Linha de comando
activity-source-system = Sistema
activity-kind-USER_ADDED = Um usuário foi adicionado à equipe.
activity-kind-USER_EDITED = O perfil de um usuário foi editado.
activity-kind-USER_DELETED = Um usuário foi removido da equipe.
activity-kind-USER_SIGNUP = A conta foi criada.
activity-kind-USER_LOGGED_IN = Um usuário entrou na conta.
activity-kind-USER_LOGGED_OUT = Um usuário saiu da conta.
activity-kind-USER_CHANGED_PASSWORD = Um usuário alterou a própria senha.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Um usuário solicitou um link para redefinir a senha.
activity-kind-USER_RESET_PASSWORD = Um usuário definiu uma nova senha usando um link de redefinição.
activity-kind-USER_CHANGED_NOTIFICATIONS = Um usuário alterou as próprias configurações de notificação.
activity-kind-ACCOUNT_SETTINGS_EDITED = As configurações da conta foram alteradas.
