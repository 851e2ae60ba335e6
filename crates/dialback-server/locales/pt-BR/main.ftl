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
error-password-personal = A senha não pode ser seu e-mail nem seu nome.
error-email-change-needs-password = Digite sua senha atual para alterar o e-mail.
error-text-hidden-characters = Remova caracteres invisíveis ou de controle, como tabulações ou quebras de linha.
error-language-unknown = Escolha um dos idiomas da lista.
error-currency-unknown = Escolha uma das moedas da lista.
error-timezone-unknown = Escolha um fuso horário da lista.
error-date-format-unknown = Escolha um dos formatos de data da lista.
error-time-format-unknown = Escolha um dos formatos de hora da lista.
error-date-invalid = Digite uma data no formato YYYY-MM-DD.
error-activity-user-unknown = Escolha na lista um usuário desta conta.
error-date-range = A data final não pode ser anterior à data inicial.
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
error-bad-request-title = Não foi possível processar a solicitação
error-bad-request-message = O formulário ou o endereço da web enviado ao Dialback tinha um formato inválido ou era grande demais. Volte, recarregue a página e tente novamente.
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
profile-password-hint = Sua senha atual só é necessária quando você altera o e-mail.
email-changed-subject = Seu e-mail de acesso ao Dialback foi alterado
email-changed-body =
    Olá, { $name },

    O e-mail que você usa para entrar no Dialback foi alterado para { $email }. A partir de agora, as mensagens do Dialback serão enviadas para esse endereço.

    Se não foi você quem fez essa alteração, redefina sua senha imediatamente e entre em contato com o proprietário da sua conta.

    Equipe Dialback

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

## Validation errors of the core

error-role-unknown = Escolha uma função: proprietário (owner), administrador (admin) ou gestor (manager).
error-permission-unknown = Escolha permissões da lista.
error-business-time-invalid = Cada intervalo do horário de atendimento precisa ter day_of_week de 0 (domingo) a 6, start_time e end_time no formato HH:MM, com o início antes do fim, e um fuso horário válido.
error-domain-invalid = Digite um nome de domínio, como shop.example.com.
error-call-status-unknown = Escolha um status de chamada da lista.

## REST API messages

api-error-field = O parâmetro { $field } é inválido: { $reason }
api-error-field-sentence = O parâmetro { $field } é inválido. { $reason }
api-error-missing = O parâmetro { $field } não foi enviado.
api-error-permission = Esta chave de API não tem a permissão { $permission }.
api-error-key-missing = Envie sua chave de API no cabeçalho Authorization.
api-error-key-invalid = A chave de API é inválida.
api-error-key-revoked = A chave de API foi revogada. Crie uma nova em Configurações > Chaves de API.
api-error-key-expired = A chave de API expirou. Crie uma nova em Configurações > Chaves de API.
api-error-rate-limited = { $count ->
    [one] Muitas requisições com esta chave de API. Tente novamente em { $count } segundo.
    [many] Muitas requisições com esta chave de API. Tente novamente em { $count } segundos.
   *[other] Muitas requisições com esta chave de API. Tente novamente em { $count } segundos.
}
api-error-internal = Não foi possível concluir a requisição devido a um erro interno. Tente novamente. Se o problema continuar, entre em contato com o suporte e informe o valor do cabeçalho X-Request-Id da resposta.
api-error-bad-request = Não foi possível ler a solicitação: verifique o caminho, os parâmetros e a codificação deles em /api/docs.
api-error-widget-not-found = O widget não existe ou esta chave de API não tem acesso a ele.
api-error-user-not-found = O usuário não existe nesta conta.
api-error-manager-not-found = O gestor não existe ou esta chave de API não tem acesso ao widget correspondente.
api-error-call-not-found = A chamada não existe ou esta chave de API não tem acesso ao widget correspondente.
api-error-widget-disabled = O widget está desativado e, por isso, não recebe chamadas.
api-error-no-manager = No momento, nenhum gestor pode atender a chamada. Use widgets/call-or-schedule para agendá-la.
api-reason-not-integer = deve ser um número inteiro.
api-reason-not-boolean = deve ser 1, 0, true ou false.
api-reason-not-json = deve estar em formato JSON.
api-reason-wrong-shape = o valor não tem a estrutura esperada.
api-reason-limit-range = use um número de 1 a 1000.
api-reason-offset-negative = use 0 ou um número maior.
api-reason-url = deve ser um endereço da web, como https://shop.example.com.
api-reason-too-long = o texto é muito longo.
api-reason-text-240 = use no máximo 240 caracteres.
api-reason-department-or-manager = envie department_id ou manager_id, mas não os dois.
api-reason-not-this-widget = este widget não tem nenhum departamento ou gestor com esse ID.
api-reason-schedule = informe uma data e hora futura em segundos Unix, dentro dos próximos 30 dias.
api-reason-message-id = não é uma mensagem deste canal.
api-reason-owner-role = novos usuários só podem ter a função admin ou manager, porque a conta já tem um proprietário.
api-reason-last-owner = o último proprietário da conta não pode ser removido nem mudar de função.
api-reason-status = use status de chamada como completed ou manager-failed.
api-reason-field-name = use entre 1 e 100 caracteres.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Vamos ligar para você em { $time }. Obrigado pela paciência.
sms-visitor-cancel-scheduled = Sua chamada agendada foi cancelada.
sms-visitor-dial-completed = Obrigado pelo contato. Estamos sempre à disposição para ajudar.
voice-client-start = Olá, aguarde um momento, por favor. Estamos transferindo sua chamada para um consultor.
voice-client-end-success = Obrigado pela conversa. Até logo!
voice-client-end-failed = Não conseguimos transferir sua chamada para um consultor. Ligaremos para você de novo em breve.
voice-manager-start = Você tem uma chamada do site. Estamos ligando para o visitante agora.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Um widget foi adicionado.
activity-kind-WIDGET_EDITED = Um widget foi alterado.
activity-kind-WIDGET_DELETED = Um widget foi excluído.
activity-kind-API_KEY_CREATED = Uma chave de API foi criada.
activity-kind-API_KEY_REVOKED = Uma chave de API foi revogada.
activity-kind-CALL_REQUESTED = Uma chamada foi solicitada.
activity-kind-CALL_FIELD_EDITED = Um campo personalizado de uma chamada foi alterado.
activity-kind-CALL_CANCELLED = Uma chamada foi cancelada.

## Settings > API keys

api-keys-title = Chaves de API
api-keys-intro = As chaves permitem que seus próprios sistemas usem a API REST do Dialback. Cada chave só pode usar os widgets e as permissões que você atribuir a ela.
api-keys-created = Sua nova chave de API está abaixo. Copie-a agora: ela só é exibida uma vez.
api-keys-owner-only = Somente o proprietário da conta ou um administrador pode gerenciar as chaves de API.
api-keys-empty = A conta ainda não tem chaves de API.
api-keys-col-description = Descrição
api-keys-col-key = Chave
api-keys-col-access = Acesso
api-keys-col-created = Criada
api-keys-col-last-used = Último uso
api-keys-col-state = Status
api-keys-col-actions = Ações
api-keys-revoke = Revogar
api-keys-new = Nova chave de API
api-keys-all-widgets = Todos os widgets, inclusive os futuros
api-keys-create = Criar chave
api-keys-never-used = Nunca
api-keys-last-used-from = { $time } a partir de { $ip }
api-keys-state-active = Ativa
api-keys-state-revoked = Revogada
api-keys-state-expired = Expirada
api-keys-expires-on = Válida até { $date }
api-keys-widgets-all = Todos os widgets
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [many] { $count } widgets
   *[other] { $count } widgets
}
api-keys-revoked-notice = A chave de API foi revogada. As integrações que a usam param de funcionar imediatamente.
field-api-key-description = Descrição (opcional)
field-api-key-widgets = Widgets
field-api-key-permissions = Permissões
field-api-key-expires = Data de expiração (opcional)
error-api-key-widgets-missing = Escolha todos os widgets ou pelo menos um.
error-api-key-permissions-missing = Escolha pelo menos uma permissão.
error-api-key-expiry-past = Escolha uma data futura ou deixe o campo em branco.
error-api-key-description-too-long = A descrição é muito longa: use no máximo 200 caracteres.
permission-calls = Chamadas: acesso total
permission-calls-view = Chamadas: consultar o histórico
permission-managers = Usuários e gestores: acesso total
permission-managers-view = Usuários e gestores: consultar
permission-managers-edit = Gestores: atribuir e alterar
permission-sms = Textos de SMS: acesso total
permission-sms-view = Textos de SMS: consultar
permission-sms-edit = Textos de SMS: alterar
permission-voice = Textos de voz: acesso total
permission-voice-view = Textos de voz: consultar
permission-voice-edit = Textos de voz: alterar
permission-widgets = Widgets: acesso total
permission-widgets-view = Widgets: consultar
permission-widgets-edit = Widgets: criar, alterar e excluir
permission-widgets-call = Widgets: solicitar chamadas

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Este widget não está disponível.
widget-title = Quer que liguemos para você?
widget-phone-label = Seu número de telefone
widget-call-button = Me ligue agora
widget-schedule-button = Me ligue mais tarde
widget-unavailable-now = Nossos consultores não estão disponíveis no momento. Escolha um horário e ligaremos para você.
widget-call-coming = Obrigado! Seu telefone vai tocar em instantes.
widget-call-scheduled = Obrigado! Ligaremos para você no horário escolhido.

## REST API reference page

api-docs-title = API REST do Dialback
api-docs-intro = A API é compatível com a API externa do CallPage: os mesmos caminhos, o mesmo envelope de resposta e o mesmo cabeçalho para a chave. Envie a chave criada em Configurações > Chaves de API no cabeçalho Authorization, sozinha ou no formato "Bearer <chave>". Os parâmetros vão na query string das requisições GET e, nas demais, em um corpo form-urlencoded ou JSON. Todas as respostas contêm hasError, errorCode, message, data e meta. Os parâmetros marcados com * são obrigatórios. As descrições dos endpoints estão em inglês.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-permission = Permissão:
api-docs-parameter = Parâmetro
api-docs-type = Tipo
api-docs-description = Descrição
api-docs-any-key = qualquer chave válida

## My team

nav-team = Minha equipe
team-title = Minha equipe
team-col-state = Status
team-state-enabled = Ativo
team-state-disabled = Desativado
team-add = Adicionar um membro da equipe
team-add-hint = O novo membro poderá entrar depois de escolher uma senha em “Esqueceu sua senha?”, na página de login.
team-add-submit = Adicionar membro
team-owner-only = Somente o proprietário da conta ou um administrador pode alterar a equipe.
team-edit-title = Editar membro da equipe
team-back = Voltar para a equipe
team-enabled = Ativo: pode entrar e atender chamadas
team-delete = Remover da equipe
team-verify-number = Verificar
team-caller-id-verified = Verificado
team-last-owner = O último proprietário da conta não pode ser removido nem mudar de função.
team-self-delete = Você não pode remover o seu próprio usuário. Peça a outro proprietário ou administrador.
field-role = Função
role-owner = Proprietário
role-admin = Administrador
role-manager = Gestor

## Widgets

nav-widgets = Widgets
nav-calls = Chamadas
action-add = Adicionar
action-remove = Remover
widgets-title = Widgets
widgets-empty = A conta ainda não tem widgets. Adicione o primeiro abaixo.
widgets-col-state = Status
widgets-col-managers = Gestores
widgets-add = Adicionar um widget
widgets-add-submit = Adicionar widget
widgets-back = Voltar para os widgets
widgets-widget = Widget
widgets-state-enabled = Ativado: os visitantes veem o widget e podem solicitar chamadas.
widgets-state-disabled = Desativado: os visitantes não veem o widget.
widgets-enable = Ativar
widgets-disable = Desativar
widgets-duplicate = Duplicar
widgets-delete = Excluir widget
widgets-general = Geral
widgets-busy-mode-hint = Ativado: quando todos os gestores estão ocupados, a solicitação do visitante é recusada. Desativado: os visitantes podem agendar um horário para a chamada.
widgets-domains = Domínios confiáveis
widgets-domains-hint = O widget só funciona nestes sites. Se nenhum domínio estiver na lista, ele funciona em qualquer site.
widgets-departments = Departamentos
widgets-managers = Gestores
widgets-no-managers = Nenhum gestor atende as chamadas deste widget ainda.
widgets-add-manager = Adicionar gestor
widgets-manager-enabled = atende chamadas
widgets-manager-disabled = pausado
widgets-manager-pause = Pausar
widgets-manager-resume = Retomar
widgets-days-off = Dias sem atendimento
widgets-embed = Endereço de configuração do widget
widgets-embed-hint = O script do widget no seu site lê a configuração deste endereço.
widgets-preview = Visualizar o widget
widgets-preview-hint = É assim que um visitante do seu endereço atual vê o widget. Um endereço bloqueado não vê nada.
widgets-hours-none = sem horário de atendimento
widgets-no-department = Sem departamento
widgets-no-users = Primeiro, adicione membros da equipe com número de telefone.
field-widget-url = Endereço do site
field-widget-description = Descrição
field-widget-language = Idioma do widget
field-widget-timezone = Fuso horário do widget
field-widget-busy-mode = Modo ocupado
field-widget-domain = Domínio
field-widget-department = Nome do departamento
field-widget-user = Membro da equipe
field-widget-days = Dias de trabalho
field-widget-start = Horário de início
field-widget-end = Horário de término
field-widget-days-off = Dias sem atendimento, uma data por linha (YYYY-MM-DD)
error-widget-url-invalid = Digite o endereço de um site, como https://shop.example.com.
error-widget-description-too-long = A descrição é muito longa: use no máximo 500 caracteres.
error-department-name = Digite um nome de departamento com no máximo 100 caracteres.
error-manager-user = Escolha um membro da equipe desta conta.
error-manager-days = Escolha pelo menos um dia de trabalho, com o horário de início antes do horário de término.
error-days-off-invalid = Escreva cada dia sem atendimento no formato YYYY-MM-DD, um por linha.
weekday-0 = domingo
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado

## Calls

calls-title = Chamadas
calls-call = Chamada
calls-back = Voltar para as chamadas
calls-col-phone = Telefone
calls-col-status = Status
calls-col-manager = Gestor
calls-col-duration = Tempo de conversa
calls-widget = Widget
calls-requested = Data da solicitação
calls-scheduled-for = Agendada para
calls-page = Página
calls-fields = Dados deixados pelo visitante
calls-events = O que aconteceu
calls-filter-status = Status
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Nenhuma chamada encontrada.
    [one] { $count } chamada encontrada.
    [many] { $count } chamadas encontradas.
   *[other] { $count } chamadas encontradas.
}
calls-duration = { $count ->
    [one] { $count } segundo
    [many] { $count } segundos
   *[other] { $count } segundos
}
calls-nobody = —
calls-cancel = Cancelar a chamada
call-status-new = Aguardando um gestor disponível
call-status-scheduled = Agendada
call-status-ringing = Chamando o gestor
call-status-in-progress = Conectada
call-status-completed = Concluída
call-status-manager-failed = Nenhum gestor atendeu
call-status-user-failed = O visitante não atendeu
call-status-failed = Falhou
call-status-cancelled = Cancelada

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Adicionado
limits-title = Limites
limits-intro = Por segurança, cada conta tem limites de chamadas. Para alterar um deles, descreva seu caso abaixo. O operador do Dialback analisa todas as solicitações.
limits-col-limit = Limite
limits-col-value = Valor
limits-col-use = Uso atual
limits-col-change = Alteração
limits-col-state = Status
limit-max_calls_in_progress = Chamadas simultâneas em andamento
limit-max_conversation_duration = Duração máxima da conversa
limit-scheduled_calls_per_timestamp = Chamadas agendadas para o mesmo horário
limits-use-calls = { $count ->
    [one] { $count } chamada tocando ou conectada no momento
    [many] { $count } chamadas tocando ou conectadas no momento
   *[other] { $count } chamadas tocando ou conectadas no momento
}
limits-use-longest = { $count ->
    [one] a mais longa até agora: { $count } segundo
    [many] a mais longa até agora: { $count } segundos
   *[other] a mais longa até agora: { $count } segundos
}
limits-use-busiest = { $count ->
    [one] horário mais concorrido: { $count } chamada agendada
    [many] horário mais concorrido: { $count } chamadas agendadas
   *[other] horário mais concorrido: { $count } chamadas agendadas
}
limits-request = Solicitar alteração de limite
limits-request-submit = Enviar solicitação
limits-requests = Suas solicitações
limits-state-pending = Aguardando decisão
limits-state-approved = Aprovada
limits-state-rejected = Rejeitada
field-limit = Limite
field-limit-new-value = Novo valor
field-limit-description = Por que você precisa dessa alteração?
error-limit-unknown = Escolha um dos limites da lista.
error-limit-value = Digite um número inteiro de 1 até o máximo do limite (10.000 chamadas ou 86.400 segundos).
error-limit-description = Descreva seu caso usando entre 10 e 2000 caracteres.
ip-title = Endereços IP
ip-intro = Visitantes de um endereço ou intervalo bloqueado não veem seus widgets e não podem solicitar chamadas. Endereços na lista de permissões nunca são restringidos, nem mesmo pelo bloqueio automático de endereços que solicitam muitas chamadas e não atendem nenhuma.
ip-empty = As duas listas estão vazias.
ip-add = Adicionar um endereço ou intervalo
ip-col-hits = Ocorrências
ip-list-whitelist = Lista de permissões
ip-list-blacklist = Lista de bloqueio
field-ip-address = Endereço IP ou intervalo (CIDR)
field-ip-list-type = Lista
field-ip-note = Observação (opcional)
error-ip-missing = Digite um endereço IP ou um intervalo, como 203.0.113.0/24.
error-ip-invalid = Digite um endereço IPv4 ou IPv6 válido, ou um intervalo em notação CIDR, como 203.0.113.0/24.
error-ip-list-type = Escolha a lista de permissões ou a lista de bloqueio.
error-ip-note = A observação é muito longa ou contém caracteres invisíveis: use no máximo 200 caracteres visíveis.
error-ip-overlap = Este endereço ou intervalo se sobrepõe a { $network }, que já está na “{ $list }”. Remova essa entrada primeiro ou digite um intervalo que não se sobreponha a ela.
numbers-title = Números bloqueados
numbers-intro = Os números de telefone desta lista nunca recebem chamadas do Dialback.
numbers-empty = Nenhum número está bloqueado.
numbers-add = Bloquear um número
error-number-listed = Este número já está bloqueado.
error-number-blacklisted = Este número de telefone está bloqueado na conta, por isso não recebe chamadas.
public-error-call-refused = Não podemos ligar para este número. Entre em contato conosco de outra forma.
error-slot-full = Este horário já está lotado. Escolha outro.
api-error-address-blocked = O endereço IP do visitante está bloqueado na conta.
api-error-calls-limit = A conta atingiu o limite de chamadas em andamento. Tente novamente quando uma chamada terminar ou solicite um limite maior em Configurações > Limites.
api-error-tag-not-found = A etiqueta não existe nesta conta.
caller-ids-title = Identificadores de chamada
caller-ids-intro = Todos os números de telefone já adicionados à conta. Ao receber a chamada, os visitantes só veem o número de um gestor depois que ele é verificado. Até lá, eles veem o número do Dialback.
caller-ids-empty = Nenhum número de telefone foi adicionado à conta ainda.
caller-ids-col-verified = Verificado
caller-ids-not-verified = Não verificado
caller-ids-send-sms = Enviar código por SMS
caller-ids-send-voice = Enviar código por chamada de voz
caller-ids-verify = Verificar
caller-ids-code-message = Seu código de verificação do Dialback é { $code }. Ele expira em 10 minutos.
field-caller-id-code = Código de seis dígitos
error-code-wrong = O código está incorreto. Confira e tente novamente.
error-code-expired = O código expirou ou nenhum código foi enviado. Envie um novo código.
error-code-attempts = Muitos códigos incorretos. Envie um novo código.
tags-title = Etiquetas
tags-intro = As etiquetas classificam as chamadas por assunto, para que você possa encontrá-las e filtrá-las.
tags-empty = A conta ainda não tem etiquetas.
tags-add = Adicionar uma etiqueta
tags-col-updated = Última atualização
field-tag-label = Nome
field-tag-color = Cor
error-tag-label = Digite um nome com 1 a 50 caracteres visíveis.
error-tag-color = Escolha uma cor no formato # seguido de seis dígitos hexadecimais, como #0b6bcb.
error-tag-duplicate = Já existe outra etiqueta com este nome.
calls-tag = Etiqueta
calls-add-tag = Adicionar etiqueta
activity-kind-CALL_TAGGED = Uma etiqueta foi adicionada a uma chamada.
activity-kind-CALL_UNTAGGED = Uma etiqueta foi removida de uma chamada.
activity-kind-LIMIT_CHANGE_REQUESTED = Uma alteração de limite foi solicitada.
activity-kind-LIMIT_CHANGE_APPROVED = Uma alteração de limite foi aprovada.
activity-kind-LIMIT_CHANGE_REJECTED = Uma alteração de limite foi rejeitada.
activity-kind-IP_ADDRESS_ADDED = Um endereço IP foi adicionado a uma lista.
activity-kind-IP_ADDRESS_REMOVED = Um endereço IP foi removido de uma lista.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Um endereço IP foi bloqueado automaticamente por solicitar muitas chamadas e não atender nenhuma.
activity-kind-BLACKLISTED_NUMBER_ADDED = Um número de telefone foi bloqueado.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Um número de telefone foi desbloqueado.
activity-kind-CALLER_ID_ADDED = Um identificador de chamada foi adicionado.
activity-kind-CALLER_ID_VERIFICATION_SENT = Um código de verificação foi enviado para um identificador de chamada.
activity-kind-CALLER_ID_VERIFIED = Um identificador de chamada foi verificado.
activity-kind-CALLER_ID_DELETED = Um identificador de chamada foi excluído.
activity-kind-TAG_ADDED = Uma etiqueta foi adicionada.
activity-kind-TAG_EDITED = Uma etiqueta foi alterada.
activity-kind-TAG_DELETED = Uma etiqueta foi excluída.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notificações
live-dismiss = Fechar
live-open = Abrir
live-enable-desktop = Mostrar notificações na área de trabalho
report-daily-subject = Relatório diário de { $date }
report-weekly-subject = Relatório semanal de { $first } a { $last }
report-daily-intro = Chamadas dos seus widgets em { $date } (fuso horário { $timezone }).
report-weekly-intro = Chamadas dos seus widgets de { $first } a { $last } (fuso horário { $timezone }).
report-col-widget = Widget
report-col-requested = Solicitadas
report-col-answered = Atendidas
report-col-missed = Perdidas
report-col-average-wait = Espera média
report-col-average-talk = Duração média da conversa
report-col-day = Dia
report-total = Todos os widgets
report-none = —
report-chart-title = Chamadas por dia
report-chart-alt = Gráfico de barras das chamadas por dia; a tabela abaixo mostra os mesmos números.
report-legend-answered = Atendidas
report-legend-missed = Perdidas
report-legend-other = Outros resultados: canceladas, com falha ou não concluídas
report-open-calls = Abrir a lista de chamadas
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Mensagens
messages-title = Mensagens
messages-intro = Mensagens que os visitantes deixaram nos seus widgets, das mais recentes para as mais antigas.
messages-count = { $count ->
    [0] Ainda não há mensagens.
    [one] { $count } mensagem.
    [many] { $count } de mensagens.
   *[other] { $count } mensagens.
}
messages-col-widget = Widget
messages-col-visitor = Visitante
messages-col-text = Mensagem
error-message-text-missing = Escreva uma mensagem.
error-message-text-too-long = Encurte a mensagem para no máximo 2000 caracteres.
error-message-contact-missing = Informe um número de telefone ou um endereço de e-mail para que possamos responder.
public-error-message-refused = Não podemos aceitar esta mensagem. Entre em contato conosco de outra forma.
widget-message-received = Obrigado! Recebemos sua mensagem e entraremos em contato com você.
activity-kind-MESSAGE_RECEIVED = Um visitante deixou uma mensagem.
activity-kind-WEBHOOK_ADDED = Um webhook foi adicionado.
activity-kind-WEBHOOK_ENABLED = Um webhook foi ativado.
activity-kind-WEBHOOK_DISABLED = Um webhook foi desativado.
activity-kind-WEBHOOK_SECRET_ROTATED = O segredo de assinatura de um webhook foi substituído.
activity-kind-WEBHOOK_DELETED = Um webhook foi excluído.
webhooks-title = Webhooks
webhooks-intro = Quando ocorre um dos eventos escolhidos, o Dialback envia para cada endereço abaixo uma requisição POST assinada com JSON. Envios com falha são repetidos com pausas cada vez mais longas.
webhooks-owner-only = Somente os proprietários e administradores da conta podem gerenciar webhooks.
webhooks-empty = A conta ainda não tem webhooks.
webhooks-col-url = Endereço
webhooks-col-events = Eventos
webhooks-col-secret = Segredo de assinatura
webhooks-col-state = Estado
webhooks-state-enabled = Ativo
webhooks-state-disabled = Inativo
webhooks-log = Registro de envios
webhooks-enable = Ativar
webhooks-disable = Desativar
webhooks-rotate-secret = Substituir segredo
webhooks-signature-hint = Cada requisição traz o cabeçalho Dialback-Signature: t=<hora Unix>,v1=<HMAC-SHA256 em hexadecimal da hora, de um ponto e do corpo, com o segredo de assinatura como chave>. Verifique-o antes de confiar em uma requisição.
webhooks-add = Adicionar um webhook
field-webhook-url = Endereço (URL)
field-webhook-events = Eventos a enviar
error-webhook-url-missing = Digite o endereço que deve receber os eventos.
error-webhook-url-too-long = Encurte o endereço para no máximo 2000 caracteres.
error-webhook-url-invalid = Digite um endereço completo que comece com https:// ou http://, por exemplo https://example.com/dialback.
error-webhook-url-credentials = Digite o endereço sem nome de usuário nem senha.
error-webhook-url-forbidden = Este endereço leva a { $address }, que não está na internet pública. Os webhooks só podem chegar a endereços públicos.
error-webhook-url-unresolved = Não foi possível encontrar o nome do host deste endereço. Confira a grafia.
error-webhook-events-missing = Escolha pelo menos um evento da lista.
error-webhook-too-many = { $count ->
    [one] Uma conta pode ter no máximo { $count } webhook. Exclua um primeiro.
    [many] Uma conta pode ter no máximo { $count } de webhooks. Exclua um primeiro.
   *[other] Uma conta pode ter no máximo { $count } webhooks. Exclua um primeiro.
}
webhooks-event-call-new = Nova chamada
webhooks-event-call-scheduled = Chamada agendada
webhooks-event-call-ringing = Chamada tocando
webhooks-event-call-completed = Chamada concluída
webhooks-event-call-missed = Chamada perdida
webhooks-event-call-scheduled-failed = Falha de uma chamada agendada
webhooks-event-call-custom-fields = Campos personalizados preenchidos por um visitante
webhooks-event-call-additional-data = O visitante deixou dados adicionais
webhooks-event-message-new = Nova mensagem
webhooks-log-title = Registro de envios do webhook
webhooks-back = Voltar aos webhooks
webhooks-col-event = Evento
webhooks-col-attempts = Tentativas
webhooks-no-attempts = Ainda não enviado.
webhooks-deliveries-count = { $count ->
    [0] Ainda nada foi enviado para este webhook.
    [one] { $count } envio.
    [many] { $count } de envios.
   *[other] { $count } envios.
}
webhooks-status-delivered = Entregue
webhooks-status-failed = Falhou; sem mais tentativas
webhooks-status-pending = Aguardando envio
webhooks-status-retrying = Falhou; próxima tentativa em { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Recusado: o endereço não está na internet pública
webhooks-error-unresolved = Nome do host não encontrado
webhooks-error-timeout = Sem resposta a tempo
webhooks-error-connect = A conexão falhou
webhooks-error-too-many-redirects = Redirecionamentos demais
webhooks-error-invalid-redirect = Um redirecionamento sem endereço de destino válido
webhooks-error-request = A requisição falhou
# Notifications (branch notify)
notifications-title = Notificações
notifications-intro = Escolha quais eventos chegam até você por cada canal. As alterações valem quando você clicar em Salvar.
notifications-col-event = Evento
notifications-not-offered = Não disponível neste canal
notifications-error-unknown = O formulário continha uma opção que não existe, então nada foi salvo. Recarregue a página e tente de novo.
notifications-sms-to = Os SMS vão para { $phone }, o número do seu perfil.
notifications-sms-no-phone = Adicione um número de telefone ao seu perfil para receber SMS.
notifications-mobile-devices = Dispositivos móveis registrados para notificações push: { $count }. Os aplicativos os registram pela API REST.
notifications-test-title = Enviar um teste
notifications-test-hint = Um teste passa pela mesma fila das notificações reais, por isso também aparece no histórico de envios.
notifications-test-sms = Enviar um SMS de teste
notifications-test-email = Enviar um e-mail de teste
notifications-test-desktop = Enviar uma notificação de desktop de teste
notifications-test-mobile = Enviar uma notificação push de teste
notifications-test-queued = A notificação de teste está a caminho.
notifications-log-title = Histórico de envios
notifications-log-empty = Nada foi enviado para você ainda.
notifications-log-col-what = Notificação
notifications-log-col-when = Criada
notifications-log-col-channel = Canal
notifications-log-col-status = Status
notifications-log-col-attempts = Tentativas
notifications-log-col-error = Último erro
notifications-log-sent-at = enviada em { $time }
notifications-log-older = Envios anteriores
notifications-status-pending = Aguardando
notifications-status-sent = Enviada
notifications-status-failed = Falhou
notifications-error-no-phone = Seu perfil não tem número de telefone.
notifications-error-no-device = Você não tem nenhum dispositivo móvel registrado.
notifications-error-user-gone = O destinatário não existe mais.
notifications-error-user-disabled = O usuário destinatário está desativado.
notifications-error-unknown-kind = Esta versão do Dialback não conhece esta notificação.
profile-notifications-link = Escolher quais notificações você recebe
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Desktop
notify-channel-mobile = Celular
notify-event-call-new = Nova chamada
notify-event-call-scheduled = Nova chamada agendada
notify-event-call-ringing = Chamada tocando
notify-event-call-completed = Chamada concluída, com os detalhes
notify-event-call-missed = Chamada perdida
notify-event-call-scheduled-failed = Chamada agendada com falha
notify-event-call-custom-fields = Campos personalizados preenchidos por um visitante
notify-event-call-additional-data = O visitante deixou dados adicionais
notify-event-message-new = Nova mensagem
notify-event-widget-installed = Novo widget instalado
notify-event-product-update = Novidades do produto
notify-event-report-daily = Relatório diário do widget
notify-event-report-weekly = Relatório semanal do widget
notify-event-notification-test = Notificação de teste
notify-event-subscription-expired = Assinatura expirada
notify-label-phone = Número do visitante
notify-label-time = Horário
notify-label-scheduled = Agendada para
notify-label-widget = Widget
notify-label-manager = Gestor
notify-label-duration = Conversa
notify-label-email = E-mail
notify-open-link = Abrir no Dialback
notify-email-footer = Você recebe esta mensagem por causa das suas configurações de notificação no Dialback. Você pode alterá-las em Configurações > Notificações.
notify-call-new-subject = Novo pedido de ligação de { $phone }
notify-call-new-body = { $phone } pediu um retorno de ligação por { $widget } às { $time }.
notify-call-new-sms = Novo pedido de ligação de { $phone } às { $time }.
notify-call-scheduled-subject = { $phone } agendou uma ligação para { $scheduled }
notify-call-scheduled-body = { $phone } agendou uma ligação por { $widget } para { $scheduled }.
notify-call-scheduled-sms = Ligação agendada por { $phone } para { $scheduled }.
notify-call-ringing-subject = Tocando: ligação para { $phone }
notify-call-ringing-body = O telefone de um gestor está tocando para a ligação pedida por { $phone } por { $widget }.
notify-call-ringing-sms = Tocando agora: ligação para { $phone }.
notify-call-completed-subject = Ligação com { $phone } concluída ({ $duration })
notify-call-completed-body = { $manager } falou com { $phone } por { $duration }. A ligação terminou às { $time }.
notify-call-completed-sms = Ligação concluída: { $phone }, { $duration } com { $manager }, terminou { $time }.
notify-call-missed-subject = Chamada perdida de { $phone }
notify-call-missed-manager-body = Nenhum gestor atendeu a ligação pedida por { $phone } por { $widget }. Ela terminou às { $time }; retorne a ligação ao visitante o quanto antes.
notify-call-missed-manager-sms = Chamada perdida de { $phone } às { $time }: nenhum gestor atendeu.
notify-call-missed-visitor-body = O visitante { $phone } não atendeu o retorno pedido por { $widget }. A ligação terminou às { $time }.
notify-call-missed-visitor-sms = Chamada perdida com { $phone } às { $time }: o visitante não atendeu.
notify-call-scheduled-failed-subject = A ligação agendada com { $phone } falhou
notify-call-scheduled-failed-body = Não foi possível fazer a ligação que { $phone } agendou para { $scheduled }. Ela terminou às { $time }.
notify-call-scheduled-failed-sms = A ligação agendada com { $phone } falhou às { $time }.
notify-call-custom-fields-subject = { $phone } preencheu campos personalizados
notify-call-custom-fields-body = O visitante { $phone } preencheu campos personalizados da ligação pedida por { $widget }. Abaixo estão todos os campos preenchidos até agora.
notify-call-custom-fields-sms = { $phone } preencheu campos personalizados da ligação.
notify-call-additional-data-subject = { $phone } deixou dados adicionais
notify-call-additional-data-body = O visitante { $phone } deixou dados adicionais na ligação pedida por { $widget }.
notify-call-additional-data-sms = { $phone } deixou dados adicionais na ligação.
notify-message-new-subject = Nova mensagem de um visitante em { $widget }
notify-message-new-body = Um visitante deixou uma mensagem em { $widget } às { $time }:
notify-message-new-sms = Nova mensagem em { $widget }:
notify-widget-installed-subject = Seu widget está no ar em { $domain }
notify-widget-installed-body = O widget de { $widget } foi carregado pela primeira vez em { $domain } às { $time }. Agora os visitantes podem pedir retorno de ligação por lá.
notify-widget-installed-sms = Os visitantes de { $domain } já podem pedir uma ligação de retorno.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Relatório diário dos seus widgets
notify-report-weekly-subject = Relatório semanal dos seus widgets
notify-notification-test-subject = Notificação de teste do Dialback
notify-notification-test-body = Esta é uma notificação de teste no canal { $channel }. Se ela chegou até você, as notificações do Dialback também vão chegar por aí.
notify-notification-test-sms = Notificação de teste do Dialback pelo canal { $channel }: recebida.
activity-kind-PUSH_DEVICE_REGISTERED = Um dispositivo móvel foi registrado para notificações push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Um dispositivo móvel foi removido das notificações push.
api-reason-device-token = use o token emitido pela plataforma do dispositivo: no máximo 4096 caracteres, sem espaços.
api-reason-device-platform = use android ou ios.
api-error-device-not-found = Esse token de dispositivo não existe nesta conta.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Mensal
billing-period-annual = Anual
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Transferência bancária
subscription-title = Assinatura
subscription-paid = Obrigado. O pagamento foi confirmado e seu plano foi alterado.
subscription-current-plan = Plano atual
subscription-expires-on = Válido até
subscription-expired-on = Venceu em
subscription-plans = Planos
subscription-no-plans = Ainda não há planos à venda.
subscription-prices-net = Preços sem impostos, na moeda da sua conta. O imposto é somado no pedido.
subscription-change = Trocar de plano
subscription-see-price = Ver o preço
subscription-pending = Pagamentos aguardando confirmação
subscription-pay-now = Pagar
payment-reference = Referência do pagamento
checkout-field-plan = Plano
checkout-field-billing-period = Período de cobrança
checkout-field-payment-system = Forma de pagamento
checkout-field-full-name = Nome completo
checkout-field-company = Razão social (se comprar como empresa)
checkout-field-tax-id = CNPJ, CPF ou número de IVA
checkout-field-country = País (código de duas letras, como BR)
checkout-field-city = Cidade
checkout-field-address = Endereço
checkout-field-zip-code = CEP
checkout-title = Pedido
checkout-price = Preço do plano
checkout-credit = Dedução pela parte não usada do plano atual
checkout-credit-rule = A dedução é o valor pago pelo período atual multiplicado pela fração do período que ainda resta, arredondado à menor unidade da moeda.
checkout-net = Valor sem impostos
checkout-vat = Imposto { $rate }%
checkout-vat-amount = Imposto
checkout-gross = Total a pagar
checkout-downgrade = O que você perde com este plano
checkout-downgrade-intro = O novo plano coloca estes limites abaixo dos valores atuais. Eles mudam assim que o pagamento for confirmado.
checkout-downgrade-now = Agora
checkout-downgrade-after = Com o novo plano
checkout-downgrade-confirm = Entendo que estes limites serão reduzidos.
checkout-details = Dados de cobrança
checkout-submit = Ir para o pagamento
proforma-title = Fatura pró-forma
proforma-intro = Transfira o total abaixo para esta conta e informe a referência do pagamento. Seu plano muda quando o operador registrar o pagamento.
proforma-paid = Este pagamento está confirmado.
proforma-recipient = Favorecido
proforma-bank = Banco
proforma-account = Número da conta
proforma-amount = Valor a pagar
proforma-issued = Emitida em
proforma-back = Voltar à assinatura
sandbox-title = Ambiente de teste de pagamentos
sandbox-intro = Esta página de teste substitui o provedor de pagamentos. Nenhum dinheiro é cobrado.
sandbox-pay = Confirmar o pagamento
sandbox-cancel = Cancelar e voltar ao Dialback
invoices-title = Faturas
invoices-empty = Ainda não há faturas. Uma fatura é emitida para cada pagamento confirmado.
invoices-col-number = Número
invoices-col-transaction = ID da transação
invoices-col-price = Preço
invoices-col-paid = Data do pagamento
invoices-col-kind = Tipo
invoices-download = Baixar PDF
invoice-kind-subscription = Assinatura
invoice-kind-one_time = Avulsa
invoice-line-subscription = Plano { $plan }, { $period }
invoice-line-subscription-credit = Plano { $plan }, { $period }, menos { $credit } de crédito pela parte não usada do plano anterior
error-money-invalid = Digite um valor como 49.99, com ponto antes dos centavos.
error-money-precision = Digite no máximo dois dígitos depois do ponto.
error-billing-period-unknown = Escolha cobrança mensal ou anual.
error-payment-system-unknown = Escolha uma forma de pagamento da lista.
error-invoice-kind-unknown = Escolha assinatura ou avulsa.
error-plan-unknown = Escolha um plano da lista.
error-plan-no-price = Este plano não tem preço na moeda da sua conta para este período. Escolha outro plano ou período.
error-checkout-required = Preencha este campo (até 200 caracteres).
error-checkout-country = Digite o código do país com duas letras, como BR ou PT.
error-checkout-tax-id-required = Uma empresa precisa informar o número de identificação fiscal.
error-checkout-confirm-downgrade = Confirme que aceita os limites menores.
activity-kind-PAYMENT_STARTED = Um pagamento foi iniciado.
activity-kind-PAYMENT_CONFIRMED = Um pagamento foi confirmado.
activity-kind-PAYMENT_CALLBACK_REJECTED = Uma notificação de pagamento foi rejeitada.
activity-kind-SUBSCRIPTION_CHANGED = O plano da assinatura mudou.
activity-kind-INVOICE_ISSUED = Uma fatura foi emitida.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Digite o número fiscal.
error-tax-id-characters = Este número fiscal tem caracteres que os números do país escolhido não usam.
error-tax-id-length = Este número fiscal tem a quantidade errada de caracteres para o país escolhido.
error-tax-id-checksum = O dígito verificador deste número fiscal não confere. Verifique se há erro de digitação.
error-tax-id-prefix = Este número começa com o prefixo de outro país. Escolha esse país ou remova o prefixo.
error-tax-id-country = Não conseguimos verificar números fiscais deste país. Escolha o país que emitiu o número.
settings-nav-subscription = Assinatura
settings-nav-invoices = Faturas
billing-title = Dados de faturamento
billing-intro = As novas faturas são emitidas com estes dados. As faturas já emitidas mantêm os dados com que foram emitidas.
billing-country-choose = Escolha um país
billing-zip-hint = Formato do código postal no país escolhido: { $example }
billing-tax-id-hint = Opcional. Digite o número de IVA ou o número fiscal do país escolhido (CNPJ ou CPF no Brasil), com ou sem o prefixo do país.
field-country = País
field-address = Endereço
field-zip-code = CEP ou código postal
field-city = Cidade
field-tax-id = Número fiscal (CNPJ, CPF ou IVA)
error-country-missing = Escolha um país.
error-country-unknown = Escolha um país da lista.
error-address-missing = Digite o endereço.
error-address-too-long = O endereço é longo demais: use no máximo 200 caracteres.
error-city-missing = Digite a cidade.
error-city-too-long = O nome da cidade é longo demais: use no máximo 100 caracteres.
error-zip-missing = Digite o CEP ou código postal.
error-zip-format = Digite o código postal no formato do país escolhido, como { $example }.
coupons-title = Cupons
coupons-intro = Um código de cupom aumenta um dos limites da conta. Cada código pode ser usado uma vez por conta.
field-coupon-code = Código do cupom
coupons-apply = Aplicar
coupons-used = Cupons aplicados
coupons-empty = Nenhum cupom foi aplicado ainda.
coupons-col-code = Código
coupons-col-increase = Aumento do limite
coupons-col-applied = Data de aplicação
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Digite um código de cupom.
error-coupon-code-format = Um código de cupom tem de 3 a 40 letras, números, hifens ou sublinhados.
error-coupon-unknown = Este código de cupom não existe. Confira a digitação.
error-coupon-expired = Este código de cupom expirou.
error-coupon-exhausted = Este código de cupom já esgotou.
error-coupon-already-used = Esta conta já usou este código de cupom.
error-coupon-throttled = { $count ->
    [one] Muitos códigos de cupom errados. Tente novamente em { $count } minuto.
    [many] Muitos códigos de cupom errados. Tente novamente em { $count } minutos.
   *[other] Muitos códigos de cupom errados. Tente novamente em { $count } minutos.
}
activity-kind-BILLING_INFO_CHANGED = Os dados de faturamento foram alterados.
activity-kind-COUPON_APPLIED = Um cupom foi aplicado.
invoice-pdf-title = Fatura
invoice-pdf-number = Número da fatura
invoice-pdf-issued-on = Data de emissão
invoice-pdf-paid-on = Data de pagamento
invoice-pdf-transaction = ID da transação
invoice-pdf-seller = Vendedor
invoice-pdf-buyer = Comprador
invoice-pdf-tax-id = Nº fiscal: { $id }
invoice-pdf-col-number = Nº
invoice-pdf-col-description = Descrição
invoice-pdf-col-quantity = Qtd.
invoice-pdf-col-unit-net = Preço unitário líquido
invoice-pdf-col-net = Valor líquido
invoice-pdf-col-vat-rate = Alíquota
invoice-pdf-col-vat = Imposto
invoice-pdf-col-gross = Valor total
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Total
invoice-pdf-currency = Moeda: { $code }
country-AT = Áustria
country-BE = Bélgica
country-BG = Bulgária
country-BR = Brasil
country-CY = Chipre
country-CZ = Tchéquia
country-DE = Alemanha
country-DK = Dinamarca
country-EE = Estônia
country-ES = Espanha
country-FI = Finlândia
country-FR = França
country-GB = Reino Unido
country-GR = Grécia
country-HR = Croácia
country-HU = Hungria
country-IE = Irlanda
country-IT = Itália
country-LT = Lituânia
country-LU = Luxemburgo
country-LV = Letônia
country-MT = Malta
country-NL = Países Baixos
country-PL = Polônia
country-PT = Portugal
country-RO = Romênia
country-SE = Suécia
country-SI = Eslovênia
country-SK = Eslováquia
country-US = Estados Unidos
widget-message-title = Ou deixe uma mensagem para nós
widget-name-label = Seu nome (opcional)
widget-email-label = Seu endereço de e-mail
widget-message-label = Mensagem
widget-send-message = Enviar mensagem
subscription-trial-plan = Período de teste
invoice-period-monthly = cobrança mensal
invoice-period-annual = cobrança anual
activity-kind-SUBSCRIPTION_EXPIRED = A assinatura venceu e o período de carência terminou, então os widgets recusam novas solicitações de chamada.
api-error-subscription-expired = A assinatura da conta venceu, então os widgets dela não aceitam novas solicitações de chamada. O proprietário da conta pode renová-la em Configurações > Assinatura.
public-error-subscription-expired = As solicitações de retorno de chamada não estão disponíveis neste site no momento. Entre em contato com a empresa de outra forma.
subscription-banner-expiring = Sua assinatura vence em { $date }.
subscription-banner-grace = Sua assinatura venceu em { $date }. Se não for renovada, os widgets vão recusar novas solicitações de chamada a partir de { $refused }.
subscription-banner-expired = Sua assinatura venceu em { $date }. Até ser renovada, os widgets recusam novas solicitações de chamada; as chamadas aceitas antes continuam acontecendo.
subscription-banner-renew = Renove-a em Configurações > Assinatura.
subscription-banner-ask-owner = Peça ao proprietário da conta para renová-la.
notify-subscription-expired-subject = Sua assinatura do Dialback venceu
notify-subscription-expired-body = Sua assinatura venceu em { $time } e o período de carência terminou, então seus widgets não aceitam mais solicitações de chamada. As chamadas aceitas antes continuam acontecendo. Renove-a em Configurações > Assinatura para voltar a aceitar chamadas.
notify-subscription-expired-sms = Sua assinatura do Dialback venceu; os widgets não aceitam mais solicitações de chamada.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Este código de cupom não está mais ativo.
error-forbidden-title = Você não pode abrir esta página
error-forbidden-message = Sua função nesta conta não permite isso. Se precisar de acesso, peça ao proprietário da conta.
error-tax-id-repeated = Um número formado por um único dígito repetido nunca é emitido. Digite o número fiscal correto.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Pago até
checkout-credit-surplus = O valor não usado do plano atual ultrapassa este preço em { $amount }. Ele não se perde: prolonga o novo plano, como mostra a data acima.
payment-cancel = Cancelar
payment-cancelled-notice = Este pagamento foi cancelado e não pode mais ser pago. Para trocar de plano, comece um novo pedido.
payment-cancelled-done = O pagamento pendente foi cancelado.
payment-rejected-title = O pagamento não foi confirmado
payment-rejected-back = Voltar para Assinatura
payment-rejected-bad-signature = Não foi possível verificar a confirmação do sistema de pagamento. Seu plano não mudou. Comece o pagamento de novo na página Assinatura.
payment-rejected-unknown-payment = Nenhum pagamento tem esta referência. Seu plano não mudou.
payment-rejected-wrong-system = Este pagamento não é pago por este sistema de pagamento. Seu plano não mudou.
payment-rejected-wrong-amount = O valor ou a moeda confirmados não batem com este pagamento. Seu plano não mudou.
payment-rejected-replayed = Esta confirmação já foi usada e não mudou nada. Se você pagou, a página Assinatura mostra o resultado.
payment-rejected-expired = A confirmação chegou tarde demais: a página de pagamento vale por 15 minutos. Seu plano não mudou. Abra o pagamento de novo na página Assinatura.
payment-rejected-cancelled = Este pagamento foi cancelado, por exemplo por um pedido mais recente, e não pode ser confirmado. Seu plano não mudou.
error-currency-paid-period = A moeda não pode mudar enquanto um período pago está em andamento (até { $date }): a parte não usada só é deduzida na moeda em que foi paga.
activity-kind-PAYMENT_CANCELLED = Um pagamento pendente foi cancelado.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Esse token de dispositivo está registrado em outra conta.
notifications-test-throttled = Um teste foi enviado por este canal há menos de um minuto. Aguarde um minuto antes de enviar outro.
error-webhook-url-metadata = Esse endereço leva a { $address }, um serviço de metadados da nuvem que pode entregar as credenciais do servidor. Webhooks nunca podem alcançá-lo, independentemente do que o servidor permita.
error-webhook-url-port = Informe uma porta de 1 a 65535 ou deixe a porta de fora.
error-message-text-control = Remova da mensagem os caracteres de controle, como os colados de outro programa. Quebras de linha e tabulações podem ficar.
error-message-name-control = Remova do nome os caracteres invisíveis ou de controle, como tabulações ou quebras de linha.
notify-label-name = Nome do visitante
notifications-error-mail-unreachable = Não foi possível conectar ao servidor de e-mail.
notifications-error-mail-refused = O servidor de e-mail recusou a mensagem.
notifications-error-other = O envio falhou.
