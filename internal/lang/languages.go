package lang

// Languages lists the interface languages, English first. Each string is
// spelled as Blogger prints it; the tests check every entry is complete.
var Languages = []Language{
	{
		Code: "en", Name: "English",
		Reply: []string{"Reply"}, Delete: []string{"Delete"}, Replies: []string{"Replies"},
		Count: []string{"# comments:", "# comment:", "# Comments:", "# Comment:", "# Responses:"},
		None:  []string{"No comments:", "No Comments:"},
		Said:  []string{"# said...", "# says:"},
		Removed: []string{
			"This comment has been removed by the author.",
			"This comment has been removed by a blog administrator.",
			"This post has been removed by the author.",
			"This post has been removed by a blog administrator.",
			"This comment has been removed.",
		},
		Chrome: []string{
			"Post a Comment", "Add comment", "Load more...", "Newer Post", "Older Post", "Home",
			"Newer Post Older Post Home", "Newer PostOlder PostHome", "Older Post Home", "Newer Post Home",
			"Subscribe to: Post Comments (Atom)", "Subscribe to:", "Post Comments (Atom)",
			"Share", "Share to X", "Share to Twitter", "Share to Facebook", "Share to Pinterest",
			"Email This", "BlogThis!", "<< Home", "Links to this post", "Create a Link",
			"Post Comments (Atom)", "Comments", "Post a Comment On:",
		},
		ChromePrefix: []string{"Labels:", "Email ThisBlogThis!", "Subscribe to: Post Comments", "Note: Only a member of this blog may post a comment", "Newer Post", "Older Post"},
		PostedBy:     []string{"Posted by", "posted by"},
		Months: [12][]string{
			{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
			{"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
		},
		Weekdays: [7][]string{
			{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
			{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
		},
		At:       []string{"at"},
		Meridiem: [2][]string{{"am", "a.m.", "a"}, {"pm", "p.m.", "p"}},
	},
	{
		Code: "de", Name: "German",
		Reply: []string{"Antworten"}, Delete: []string{"Löschen"}, Replies: []string{"Antworten"},
		Count: []string{"# Kommentare:", "# Kommentar:", "Kommentare:"},
		None:  []string{"Keine Kommentare:"},
		Said:  []string{"# hat gesagt…", "# hat gesagt..."},
		Removed: []string{
			"Dieser Kommentar wurde vom Autor entfernt.",
			"Dieser Kommentar wurde von einem Blog-Administrator entfernt.",
		},
		Chrome: []string{
			"Kommentar veröffentlichen", "Kommentar hinzufügen", "Weitere laden…", "Weitere laden...",
			"Neuerer Post", "Älterer Post", "Startseite", "Neuerer Post Älterer Post Startseite", "Älterer Post Startseite", "Neuerer Post Startseite",
			"Abonnieren Kommentare zum Post (Atom)", "Abonnieren", "Kommentare zum Post (Atom)",
			"Diesen Post per E-Mail versenden", "In Twitter freigeben", "Auf X teilen", "In Facebook freigeben", "Auf Pinterest teilen",
		},
		ChromePrefix: []string{"Labels:", "Diesen Post per E-Mail versenden", "Abonnieren Kommentare", "Mit dem von dir abgeschickten Kommentar"},
		PostedBy:     []string{"Eingestellt von", "Gepostet von"},
		Months: [12][]string{
			{"januar", "jan", "jänner"}, {"februar", "feb"}, {"märz", "mär", "maerz"}, {"april", "apr"}, {"mai"}, {"juni", "jun"},
			{"juli", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"},
		},
		Weekdays: [7][]string{
			{"sonntag", "so"}, {"montag", "mo"}, {"dienstag", "di"}, {"mittwoch", "mi"},
			{"donnerstag", "do"}, {"freitag", "fr"}, {"samstag", "sa", "sonnabend"},
		},
		At:       []string{"um"},
		Meridiem: [2][]string{{"vorm."}, {"nachm."}},
	},
	{
		Code: "es", Name: "Spanish",
		Reply: []string{"Responder"}, Delete: []string{"Eliminar"}, Replies: []string{"Respuestas"},
		Count: []string{"# comentarios:", "# comentario:"},
		None:  []string{"No hay comentarios:"},
		Said:  []string{"# dijo..."},
		Removed: []string{
			"Este comentario ha sido eliminado por el autor.",
			"Este comentario ha sido eliminado por un administrador del blog.",
		},
		Chrome: []string{
			"Publicar un comentario", "Añadir comentario", "Cargar más...", "Entrada más reciente", "Entrada antigua",
			"Página Principal", "Página principal", "Inicio", "Entrada más reciente Entrada antigua Página Principal", "Entrada antigua Página Principal",
			"Entrada más reciente Página Principal", "Suscribirse a: Enviar comentarios (Atom)", "Suscribirse a:", "Enviar comentarios (Atom)",
			"Enviar por correo electrónico", "Escribe un blog", "Compartir con Twitter", "Compartir en X", "Compartir con Facebook", "Compartir en Pinterest",
		},
		ChromePrefix: []string{"Etiquetas:", "Enviar por correo electrónicoEscribe un blog", "Suscribirse a: Enviar comentarios"},
		PostedBy:     []string{"Publicado por"},
		Months: [12][]string{
			{"enero", "ene"}, {"febrero", "feb"}, {"marzo", "mar"}, {"abril", "abr"}, {"mayo", "may"}, {"junio", "jun"},
			{"julio", "jul"}, {"agosto", "ago"}, {"septiembre", "setiembre", "sep", "sept"}, {"octubre", "oct"}, {"noviembre", "nov"}, {"diciembre", "dic"},
		},
		Weekdays: [7][]string{
			{"domingo"}, {"lunes"}, {"martes"}, {"miércoles", "miercoles"}, {"jueves"}, {"viernes"}, {"sábado", "sabado"},
		},
		At:        []string{"a las", "a la"},
		DateWords: []string{"de", "del"},
		Meridiem:  [2][]string{{"a. m.", "a.m."}, {"p. m.", "p.m."}},
	},
	{
		Code: "fr", Name: "French",
		Reply: []string{"Répondre"}, Delete: []string{"Supprimer"}, Replies: []string{"Réponses"},
		Count: []string{"# commentaires:", "# commentaire:", "# commentaires :", "# commentaire :"},
		None:  []string{"Aucun commentaire:", "Aucun commentaire :"},
		Said:  []string{"# a dit…", "# a dit..."},
		Removed: []string{
			"Ce commentaire a été supprimé par l'auteur.",
			"Ce commentaire a été supprimé par l’auteur.",
			"Ce commentaire a été supprimé par un administrateur du blog.",
		},
		Chrome: []string{
			"Enregistrer un commentaire", "Ajouter un commentaire", "Charger la suite…", "Charger la suite...",
			"Article plus récent", "Article plus ancien", "Accueil", "Article plus récent Article plus ancien Accueil", "Article plus ancien Accueil", "Article plus récent Accueil",
			"Inscription à : Publier les commentaires (Atom)", "Inscription à :", "Publier les commentaires (Atom)",
			"Envoyer par e-mail", "Partager sur Twitter", "Partager sur X", "Partager sur Facebook", "Partager sur Pinterest",
		},
		ChromePrefix: []string{"Libellés :", "Libellés:", "Envoyer par e-mailBlogThis!", "Inscription à : Publier"},
		PostedBy:     []string{"Publié par"},
		Months: [12][]string{
			{"janvier", "janv"}, {"février", "févr", "fevrier"}, {"mars"}, {"avril", "avr"}, {"mai"}, {"juin"},
			{"juillet", "juil"}, {"août", "aout"}, {"septembre", "sept"}, {"octobre", "oct"}, {"novembre", "nov"}, {"décembre", "déc", "decembre"},
		},
		Weekdays: [7][]string{
			{"dimanche"}, {"lundi"}, {"mardi"}, {"mercredi"}, {"jeudi"}, {"vendredi"}, {"samedi"},
		},
		At: []string{"à"},
	},
	{
		Code: "pt-BR", Name: "Portuguese (Brazil)",
		Reply: []string{"Responder"}, Delete: []string{"Excluir"}, Replies: []string{"Respostas"},
		Count: []string{"# comentários:", "# comentário:"},
		None:  []string{"Nenhum comentário:"},
		Said:  []string{"# disse..."},
		Removed: []string{
			"Este comentário foi removido pelo autor.",
			"Este comentário foi removido por um administrador do blog.",
		},
		Chrome: []string{
			"Postar um comentário", "Adicionar comentário", "Carregar mais...", "Postagem mais recente", "Postagem mais antiga",
			"Página inicial", "Postagem mais recente Postagem mais antiga Página inicial", "Postagem mais antiga Página inicial", "Postagem mais recente Página inicial",
			"Assinar: Postar comentários (Atom)", "Assinar:", "Postar comentários (Atom)",
			"Enviar por e-mail", "Postar no blog!", "Compartilhar no X", "Compartilhar no Twitter", "Compartilhar no Facebook", "Compartilhar com o Pinterest",
		},
		ChromePrefix: []string{"Marcadores:", "Enviar por e-mailPostar no blog!", "Assinar: Postar"},
		PostedBy:     []string{"Postado por"},
		Months: [12][]string{
			{"janeiro", "jan"}, {"fevereiro", "fev"}, {"março", "mar", "marco"}, {"abril", "abr"}, {"maio", "mai"}, {"junho", "jun"},
			{"julho", "jul"}, {"agosto", "ago"}, {"setembro", "set"}, {"outubro", "out"}, {"novembro", "nov"}, {"dezembro", "dez"},
		},
		Weekdays: [7][]string{
			{"domingo"}, {"segunda-feira", "segunda"}, {"terça-feira", "terça"}, {"quarta-feira", "quarta"},
			{"quinta-feira", "quinta"}, {"sexta-feira", "sexta"}, {"sábado"},
		},
		At:        []string{"às"},
		DateWords: []string{"de"},
	},
}
