# HTML skeletons modelled on Blogger templates (layouts "threaded", layouts "classic",
# 2004 "posted by" byline, 2005 "At <time>, X said..." headers).  No scripts, no <style>.
import html, random
from fmt import FORMATS, DATE_HEADERS

def E(s):
    # Blogger-style escaping: &#39; for apostrophes (not &#x27;)
    return html.escape(s, quote=False).replace("'", "&#39;").replace('"', "&quot;")



def ts_ms(dt):
    # epoch millis as Blogger puts it in ?showComment=; timezone does not matter here
    import calendar
    return calendar.timegm(dt.timetuple()) * 1000 + (dt.microsecond // 1000)


class Ids:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def big(self, n=19):
        return str(self.r.randint(10 ** (n - 1), 10 ** n - 1))

    def profile(self):
        return "0" + str(self.r.randint(10 ** 19, 10 ** 20 - 1))

    def pid(self):
        return str(self.r.randint(10 ** 8, 2 * 10 ** 9))


def page_head(p):
    lang = p["lang"]
    return (f"<!DOCTYPE html>\n<html dir='ltr' lang='{lang}'>\n<head>\n"
            f"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
            f"<title>{E(p['blog'])}: {E(p['title'])}</title>\n</head>\n<body>\n")


def header(p):
    return (f"<div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'>\n"
            f"<div id='header-inner'><div class='titlewrapper'><h1 class='title'>\n<a href='{p['url']}'>{E(p['blog'])}</a>\n</h1></div>\n"
            f"<div class='descriptionwrapper'><p class='description'><span>{E(p['desc'])}</span></p></div></div>\n"
            f"</div></div></div>\n")


def post_block(p, ui):
    d = p["post_dt"]
    labels = ", ".join(f"<a href='{p['url']}search/label/{E(l)}' rel='tag'>{E(l)}</a>" for l in p["labels"])
    body = "".join(p["post_body"])
    return (f"<div class='date-outer'>\n<h2 class='date-header'><span>{DATE_HEADERS[p['lang']](d)}</span></h2>\n"
            f"<div class='date-posts'><div class='post-outer'>\n<div class='post hentry'>\n"
            f"<a name='{p['post_id']}'></a>\n<h3 class='post-title entry-title'>\n{E(p['title'])}\n</h3>\n"
            f"<div class='post-header'><div class='post-header-line-1'></div></div>\n"
            f"<div class='post-body entry-content' id='post-body-{p['post_id']}'>\n{body}\n<div style='clear: both;'></div>\n</div>\n"
            f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
            f"<span class='post-author vcard'>{ui['posted_by']} <span class='fn'><a class='g-profile' href='https://www.blogger.com/profile/{p['owner_profile']}' rel='author' title='author profile'><span>{E(p['owner'])}</span></a></span></span>\n"
            f"<span class='post-timestamp'>{ui['at']} <a class='timestamp-link' href='{p['post_url']}' rel='bookmark' title='permanent link'><abbr class='published' title='{d.isoformat()}'>{E(p['post_time_text'])}</abbr></a></span>\n"
            f"</div>\n<div class='post-footer-line post-footer-line-2'><span class='post-labels'>\n{ui['labels']}\n{labels}\n</span></div></div>\n"
            f"</div>\n")


def pager_and_feeds(p, ui):
    return (f"<div class='blog-pager' id='blog-pager'>\n"
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{p['url']}2016/02/newer.html' title='{ui['newer']}'>{ui['newer']}</a></span>\n"
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{p['url']}2015/12/older.html' title='{ui['older']}'>{ui['older']}</a></span>\n"
            f"<a class='home-link' href='{p['url']}'>{ui['home']}</a>\n</div>\n<div class='clear'></div>\n"
            + (f"<div class='mobile-link'><a href='{p['url']}?m=1'>{ui['mobile']}</a></div>\n" if 'mobile' in ui else "") +
            f"<div class='post-feeds'><div class='feed-links'>\n{ui['subscribe']}\n"
            f"<a class='feed-link' href='{p['url']}feeds/{p['post_id']}/comments/default' target='_blank' type='application/atom+xml'>{ui['feed']}</a>\n</div></div>\n")


def sidebar(p, ui):
    arch = "".join(f"<li class='archivedate'><a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a>"
                   f"<a class='post-count-link' href='{p['url']}{y}/'>{y}</a> <span class='post-count' dir='ltr'>({n})</span></li>\n"
                   for y, n in p["archive"])
    return (f"<div class='sidebar section' id='sidebar-right-1'>\n"
            f"<div class='widget Profile' id='Profile1'><h2>{ui['about']}</h2><div class='widget-content'>"
            f"<a href='https://www.blogger.com/profile/{p['owner_profile']}'><img alt='{ui['my_photo']}' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE/s80/{p['owner_img']}' width='60'/></a>"
            f"<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/{p['owner_profile']}' rel='author'>{E(p['owner'])}</a></dt>"
            f"<dd class='profile-textblock'>{E(p['about'])}</dd></dl>"
            f"<a class='profile-link' href='https://www.blogger.com/profile/{p['owner_profile']}' rel='author'>{ui['profile']}</a></div></div>\n"
            f"<div class='widget BlogArchive' id='BlogArchive1'><h2>{ui['archive']}</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>\n"
            f"<ul class='hierarchy'>\n{arch}</ul>\n</div></div></div></div>\n</div>\n")


def footer(p):
    return (f"<div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>\n"
            f"{p['attribution']}\n</div></div></div>\n</body>\n</html>\n")


def wrap(p, ui, comments_html):
    return (page_head(p) + "<div class='content'><div class='content-outer'>\n" + header(p) +
            "<div class='main-outer'><div class='columns'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>\n<div class='blog-posts hfeed'>\n" +
            post_block(p, ui) + comments_html + "</div></div></div>\n" +
            "</div>\n" + pager_and_feeds(p, ui) + "</div></div>\n" + sidebar(p, ui) + "</div></div>\n</div></div>\n" + footer(p))


# ---------------------------------------------------------------- threaded

def avatar_img(c, style):
    a = c.get("avatar")
    if a is None:
        a = "//img1.blogblog.com/img/blank.gif" if c["anon"] else "//img1.blogblog.com/img/b16-rounded.gif"
    alt = c.get("alt", "")
    if alt is None:
        return f"<img src='{a}'/>"
    return f"<img src='{a}' alt='{E(alt)}'/>"


def threaded_comment(p, ui, ids, c, depth, opts):
    cid = c["_cid"]
    author = E(c["author"])
    if c.get("profile") is False or c["anon"]:
        cite = f"<cite class='user'>{author}</cite>"
    else:
        href = c.get("href") or f"https://www.blogger.com/profile/{ids.profile()}"
        cite = f"<cite class='user'><a href='{href}' rel='nofollow'>{author}</a></cite>"
    icon = "icon user blog-author" if c.get("owner") else "icon user "
    tt = c["_time_text"]
    if c.get("deleted"):
        body = f"<span class='deleted-comment'>{E(c['text'])}</span>"
    else:
        body = c["html"]
    s = opts.get("styles", {})
    li_style = f" style='{s['li']}'" if "li" in s and c.get("styled") else ""
    p_style = f" style='{s['p']}'" if "p" in s and c.get("styled") else ""
    out = [f"<li class='comment' id='c{cid}'{li_style}>",
           f"<div class='avatar-image-container'>{avatar_img(c, opts)}</div>",
           f"<div class='comment-block'><div class='comment-header'>{cite}<span class='{icon}'></span>"
           f"<span class='datetime secondary-text'><a rel='nofollow' href='{p['post_url']}?showComment={ts_ms(c['dt'])}#c{cid}'>{E(tt)}</a></span></div>",
           (f"<div class='comment-content'{p_style}>{body}</div>" if opts.get('div_body') else f"<p class='comment-content'{p_style}>{body}</p>"),
           "<span class='comment-actions secondary-text'>"]
    if depth == 0:
        out.append(f"<a class='comment-reply' target='_self' data-comment-id='{cid}'>{ui['reply']}</a>")
    out.append(f"<span class='item-control blog-admin pid-{ids.pid()}'><a target='_self' href='//www.blogger.com/delete-comment.g?blogID={p['blog_id']}&amp;postID={cid}'>{ui['delete']}</a></span></span></div>")
    replies = c.get("replies", [])
    if replies or opts.get("hidden_threads"):
        hidden = "" if replies else " hidden"
        inner = "".join(threaded_comment(p, ui, ids, r, depth + 1, opts) for r in replies)
        out.append(f"<div class='comment-replies'><div id='c{cid}-rt' class='comment-thread inline-thread{hidden}'>"
                   f"<span class='thread-toggle thread-expanded'><span class='thread-arrow'></span><span class='thread-count'><a target='_self'>{ui['replies']}</a></span></span>"
                   f"<ol id='c{cid}-ra' class='thread-chrome thread-expanded'><div>{inner}</div>"
                   f"<div id='c{cid}-continue' class='continue'><a class='comment-reply' target='_self' data-comment-id='{cid}'>{ui['reply']}</a></div></ol></div></div>")
    else:
        out.append("<div class='comment-replies'></div>")
    box = "" if opts.get("no_replybox") else f"<div class='comment-replybox-single' id='c{cid}-ce'></div>"
    out.append(f"{box}</li>\n")
    return "".join(out)


def threaded(p, ui, ids, comments):
    opts = p.get("opts", {})
    parts = [f"<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>{ui['heading']}</h4>\n"]
    if comments:
        parts.append("<div class='comments-content'>\n<div id='comment-holder'>\n<div class='comment-thread toplevel-thread'><ol id='top-ra'>\n")
        parts += [slim_comment(p, ui, ids, c) if opts.get("slim") else threaded_comment(p, ui, ids, c, 0, opts) for c in comments]
        parts.append(f"</ol><div id='top-continue' class='continue'><a class='comment-reply' target='_self'>{ui['add_comment']}</a></div>"
                     f"<div class='comment-replybox-thread' id='top-ce'></div>"
                     f"<div class='loadmore hidden' data-post-id='{p['post_id']}'><a target='_self'>{ui['load_more']}</a></div></div>\n</div>\n</div>\n")
    parts.append(f"<p class='comment-footer'>\n<div class='comment-form'>\n<a name='comment-form'></a>\n<h4 id='comment-post-message'>{ui['post_comment']}</h4>\n<p>\n</p>\n"
                 f"<a href='https://www.blogger.com/comment-iframe.g?blogID={p['blog_id']}&amp;postID={p['post_id']}' id='comment-editor-src'></a>\n"
                 f"<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>\n"
                 f"</div>\n</p>\n</div>\n")
    return "".join(parts)


# ---------------------------------------------------------------- classic (<dl id="comments-block">)

def classic(p, ui, ids, comments):
    parts = [f"<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>{ui['heading']}</h4>\n"
             f"<div id='Blog1_comments-block-wrapper'>\n<dl class='avatar-comment-indent' id='comments-block'>\n"]
    for c in comments:
        cid = c["_cid"]
        if c["anon"]:
            av = ""
            who = E(c["author"])
        else:
            prof = ids.profile()
            img = c.get("avatar") or "http://img2.blogblog.com/img/b16-rounded.gif"
            av = (f"<div class=\"avatar-image-container avatar-stock\"><span dir=\"ltr\"><a href=\"http://www.blogger.com/profile/{prof}\" rel=\"nofollow\" class=\"avatar-hovercard\" id=\"av-0-{prof}\">"
                  f"<img src=\"{img}\" width=\"16\" height=\"16\" alt=\"\" title=\"{E(c['author'])}\">\n\n</a></span></div>\n")
            who = f"<a href='http://www.blogger.com/profile/{prof}' rel='nofollow'>{E(c['author'])}</a>"
        owner = " blog-author" if c.get("owner") else ""
        body = f"<span class='deleted-comment'>{E(c['text'])}</span>" if c.get("deleted") else f"<p>\n{c['html']}\n</p>"
        parts.append(f"<dt class='comment-author{owner}' id='c{cid}'>\n<a name='c{cid}'></a>\n{av}{who}\n{ui['said']}\n</dt>\n"
                     f"<dd class='comment-body' id='Blog1_cmt-{cid}'>\n{body}\n</dd>\n"
                     f"<dd class='comment-footer'>\n<span class='comment-timestamp'>\n"
                     f"<a href='{p['post_url']}?showComment={ts_ms(c['dt'])}#c{cid}' title='comment permalink'>\n{E(c['_time_text'])}\n</a>\n"
                     f"<span class='item-control blog-admin pid-{ids.pid()}'>\n<a class='comment-delete' href='http://www.blogger.com/delete-comment.g?blogID={p['blog_id']}&amp;postID={cid}' title='{ui['delete_comment']}'>\n"
                     f"<img src='//www.blogger.com/img/icon_delete13.gif' alt='{ui['delete_comment']}'/>\n</a>\n</span>\n</span>\n</dd>\n")
    parts.append(f"</dl>\n</div>\n<p class='comment-footer'>\n<a href='https://www.blogger.com/comment.g?blogID={p['blog_id']}&amp;postID={p['post_id']}&amp;isPopup=true'>{ui['post_comment']}</a>\n</p>\n"
                 f"<div id='backlinks-container'>\n<div id='Blog1_backlinks-container'>\n</div>\n</div>\n</div>\n")
    return "".join(parts)


# ---------------------------------------------------------------- 2004 / 2005 classic-era pages (table-less, pre-layouts)

def old_page(p, ui, ids, comments, style):
    d = p["post_dt"]
    head = (f"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
            f"<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n<title>{E(p['blog'])}: {E(p['title'])}</title>\n</head>\n<body>\n")
    top = (f"<div id=\"header\">\n<h1 id=\"blog-title\"><a href=\"{p['url']}\">{E(p['blog'])}</a></h1>\n<p id=\"description\">{E(p['desc'])}</p>\n</div>\n"
           f"<div id=\"content\">\n<div id=\"main\">\n")
    if style == "posted":
        post = (f"<h2 class=\"date-header\">{DATE_HEADERS['en'](d)}</h2>\n"
                f"<div class=\"blogPost\">\n<a name=\"{p['post_id']}\"></a>\n<strong>{E(p['title'])}</strong><br />\n"
                + "".join(p["post_body"]) +
                f"\n<div class=\"byline\"><a href=\"{p['post_url']}\" title=\"permanent link\">#</a> posted by {E(p['owner'])} @ {FORMATS['en_time'](d)}</div>\n</div>\n")
        cm = [f"<div class=\"blogComments\">\nComments:\n"]
        for c in comments:
            cid = c["_cid"]
            who = E(c["author"]) if c["anon"] else f"<a href=\"http://www.blogger.com/profile/{ids.big(7)}\">{E(c['author'])}</a>"
            cm.append(f"<div class=\"blogComment\">\n<a name=\"{cid}\"></a>\n{c['html']}<br />\n"
                      f"<div class=\"byline\"><a href=\"{p['post_url']}#{cid}\" title=\"permanent link\">#</a> posted by {who} : {E(c['_time_text'])}</div>\n"
                      f"<span class=\"item-control admin-{ids.pid()}\"><a style=\"border:none;\" href=\"http://www.blogger.com/delete-comment.g?blogID={p['blog_id']}&amp;postID={cid}\" title=\"Delete Comment\"><span class=\"delete-comment-icon\">&nbsp;</span></a></span>\n</div>\n")
        cm.append(f"<a class=\"comment-link\" href=\"http://www.blogger.com/comment.g?blog_id={p['blog_id']}&amp;post_id={p['post_id']}\">Post a Comment</a>\n</div>\n"
                  f"<p><a href=\"{p['url']}\">&lt;&lt; Home</a></p>\n")
    else:  # "at": 2005 template with "At <time>, X said..."
        post = (f"<h2 class=\"date-header\">{DATE_HEADERS['en'](d)}</h2>\n"
                f"<div class=\"post\">\n<a name=\"{p['post_id']}\"></a>\n<h3 class=\"post-title\">\n{E(p['title'])}\n</h3>\n"
                f"<div class=\"post-body\">\n<div style=\"clear:both;\"></div>" + "".join(p["post_body"]) + "<div style=\"clear:both; padding-bottom:0.25em\"></div>\n</div>\n"
                f"<p class=\"post-footer\">\n<em>posted by {E(p['owner'])} @ <a href=\"{p['post_url']}\" title=\"permanent link\">{FORMATS['en_time'](d)}</a></em>\n"
                f"<span class=\"item-control admin-{ids.pid()} pid-{ids.pid()}\"><a style=\"border:none;\" href=\"http://www.blogger.com/post-edit.g?blogID={p['blog_id']}&amp;postID={p['post_id']}\" title=\"Edit Post\"><img class=\"icon-action\" src=\"http://www.blogger.com/img/icon18_edit_allbkg.gif\" height=\"18\" width=\"18\"/></a></span>\n</p>\n</div>\n")
        cm = [f"<div id=\"comments\">\n<h4>{ui['heading']}</h4>\n<dl id=\"comments-block\">\n"]
        for c in comments:
            cid = c["_cid"]
            if c["anon"]:
                who = (f"<span style=\"line-height:16px\" class=\"comment-icon anon-comment-icon\"><img src=\"http://www.blogger.com/img/anon16-rounded.gif\" alt=\"Anonymous\" style=\"display:inline;\" /></span>&nbsp;"
                       f"<span class=\"anon-comment-author\">{E(c['author'])}</span>")
            else:
                who = (f"<span style=\"line-height:16px\" class=\"comment-icon blogger-comment-icon\"><img src=\"http://www.blogger.com/img/b16-rounded.gif\" alt=\"Blogger\" style=\"display:inline;\" /></span>&nbsp;"
                       f"<a href=\"http://www.blogger.com/profile/{ids.big(8)}\" rel=\"nofollow\">{E(c['author'])}</a>")
            cm.append(f"<dt class=\"comment-poster\" id=\"c{cid}\"><a name=\"c{cid}\"></a>\n"
                      f"At <a href=\"#c{cid}\" title=\"comment permalink\">{E(c['_time_text'])}</a>, {who} said...\n</dt>\n"
                      f"<dd class=\"comment-body\">\n<p>{c['html']}</p>\n"
                      f"<span class=\"item-control admin-{ids.pid()} pid-{ids.pid()}\"><a style=\"border:none;\" href=\"http://www.blogger.com/delete-comment.g?blogID={p['blog_id']}&amp;postID={cid}\" title=\"Delete Comment\"><img class=\"delete-comment-icon\" src=\"http://www.blogger.com/img/icon_delete13.gif\"/></a></span>\n</dd>\n")
        cm.append(f"</dl>\n<p class=\"comment-timestamp\">\n<a class=\"comment-link\" href=\"https://www.blogger.com/comment.g?blogID={p['blog_id']}&amp;postID={p['post_id']}\">Post a Comment</a>\n</p>\n"
                  f"<p class=\"comment-timestamp\">\n<a href=\"{p['url']}\">&lt;&lt; Home</a>\n</p>\n</div>\n")
    side = (f"</div>\n<div id=\"sidebar\">\n<h2 class=\"sidebar-title\">About Me</h2>\n<dl class=\"profile-datablock\">\n<dd class=\"profile-data\"><strong>Name:</strong> {E(p['owner'])} </dd>\n</dl>\n"
            f"<p class=\"profile-textblock\">{E(p['about'])}</p>\n<p class=\"profile-link\"><a href=\"http://www.blogger.com/profile/{ids.big(7)}\">View my complete profile</a></p>\n"
            f"<h2 class=\"sidebar-title\">Previous Posts</h2>\n<ul id=\"recently\">\n"
            + "".join(f"<li><a href=\"{p['url']}{u}\">{E(t)}</a></li>\n" for u, t in p["previous"]) +
            f"</ul>\n<p id=\"powered-by\"><a href=\"http://www.blogger.com\"><img src=\"http://buttons.blogger.com/bloggerbutton1.gif\" alt=\"Powered by Blogger\" /></a></p>\n</div>\n</div>\n</body>\n</html>\n")
    return head + top + post + "".join(cm) + side


# ---------------------------------------------------------------- newer themes (Contempo / Soho / Notable style)
# The commenter's name and the timestamp sit in separate block elements, the post's
# date is in the byline under the title (no date header), share links follow the post.

def contempo_comment(p, ui, ids, c, depth):
    cid = c["_cid"]
    author = E(c["author"])
    if c["anon"]:
        cite = f"<cite class='user'>{author}</cite>"
    else:
        cite = f"<cite class='user'><a href='https://www.blogger.com/profile/{ids.profile()}' rel='nofollow'>{author}</a></cite>"
    icon = "icon user blog-author" if c.get("owner") else "icon user"
    body = f"<span class='deleted-comment'>{E(c['text'])}</span>" if c.get("deleted") else c["html"]
    out = [f"<li class='comment' id='c{cid}'>",
           f"<div class='avatar-image-container'>{avatar_img(c, {})}</div>",
           f"<div class='comment-block'>",
           f"<div class='comment-author'>{cite}<span class='{icon}'></span></div>",
           f"<div class='comment-timestamp'><span class='datetime secondary-text'><a rel='nofollow' href='{p['post_url']}?showComment={ts_ms(c['dt'])}#c{cid}'>{E(c['_time_text'])}</a></span></div>",
           f"<p class='comment-content'>{body}</p>",
           "<span class='comment-actions secondary-text'>"]
    if depth == 0:
        out.append(f"<a class='comment-reply' target='_self' data-comment-id='{cid}'>{ui['reply']}</a>")
    out.append(f"<span class='item-control blog-admin pid-{ids.pid()}'><a target='_self' href='https://www.blogger.com/comment/delete/{p['blog_id']}/{cid}'>{ui['delete']}</a></span></span></div>")
    replies = c.get("replies", [])
    if replies:
        inner = "".join(contempo_comment(p, ui, ids, r, depth + 1) for r in replies)
        out.append(f"<div class='comment-replies'><div id='c{cid}-rt' class='comment-thread inline-thread'>"
                   f"<span class='thread-toggle thread-expanded'><span class='thread-arrow'></span><span class='thread-count'><a target='_self'>{ui['replies']}</a></span></span>"
                   f"<ol id='c{cid}-ra' class='thread-chrome thread-expanded'><div>{inner}</div>"
                   f"<div id='c{cid}-continue' class='continue'><a class='comment-reply' target='_self' data-comment-id='{cid}'>{ui['reply']}</a></div></ol></div></div>")
    else:
        out.append("<div class='comment-replies'></div>")
    out.append(f"<div class='comment-replybox-single' id='c{cid}-ce'></div></li>\n")
    return "".join(out)


def contempo(p, ui, ids, comments):
    d = p["post_dt"]
    prof = f"https://www.blogger.com/profile/{p['owner_profile']}"
    labels = "".join(f"<a href='{p['url']}search/label/{E(l)}' rel='tag'>{E(l)}</a>\n" for l in p["labels"])
    share = "".join(f"<li><a class='goog-inline-block sharing-platform-button' href='#' target='_blank'><span class='platform-sharing-text'>{t}</span></a></li>"
                    for t in ("Facebook", "X", "Pinterest", "Email", ui["other_apps"]))
    arch = "".join(f"<li class='archivedate'><a class='post-count-link' href='{p['url']}{y}/'>{y}</a> <span class='post-count'>({n})</span></li>\n" for y, n in p["archive"])
    head = (f"<!DOCTYPE html>\n<html dir='ltr' lang='{p['lang']}'>\n<head>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
            f"<meta content='width=device-width, initial-scale=1' name='viewport'/>\n<title>{E(p['title'])}</title>\n</head>\n"
            f"<body class='version-1-3-3 variant-indie_light'>\n<div class='centered'>\n")
    side = (f"<aside class='sidebar-container container sidebar-invisible' role='complementary'>\n<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top'>\n"
            f"<div class='widget Profile' id='Profile1'><div class='wrapper solo'><div class='widget-content individual'>"
            f"<a href='{prof}' rel='nofollow'><img alt='{ui['my_photo']}' class='profile-img' height='113' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/s113/{p['owner_img']}' width='113'/></a>"
            f"<div class='profile-info'><dl class='profile-datablock'><dt class='profile-name'><a class='profile-link g-profile' href='{prof}' rel='author'>{E(p['owner'])}</a></dt>"
            f"<dd class='profile-textblock'>{E(p['about'])}</dd></dl><a class='profile-link visit-profile' href='{prof}' rel='author'>{ui['visit']}</a></div></div></div></div>\n"
            f"<div class='widget BlogArchive' id='BlogArchive1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>{ui['archive_label']}</h3></div></summary>"
            f"<div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>\n{arch}</ul></div></div></details></div>\n"
            f"<div class='widget ReportAbuse' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>{ui['report']}</a></h3></div>\n"
            f"</div></div>\n</aside>\n")
    top = (f"<header class='centered-top-container' role='banner'><div class='centered-top'>\n"
           f"<div class='blog-name container'><div class='container section' id='header'><div class='widget Header' id='Header1'><div class='header-widget'>\n"
           f"<div><h1><a href='{p['url']}'>{E(p['blog'])}</a></h1></div>\n<p>{E(p['desc'])}</p>\n</div></div></div></div>\n</div></header>\n")
    post = (f"<main class='centered-bottom' id='main' role='main' tabindex='-1'>\n<div class='main section' id='page_body'><div class='widget Blog' id='Blog1'>\n"
            f"<div class='blog-posts hfeed container'>\n<article class='post-outer-container'>\n<div class='post-outer'>\n<div class='post'>\n"
            f"<a name='{p['post_id']}'></a>\n<h3 class='post-title entry-title'>\n{E(p['title'])}\n</h3>\n"
            f"<div class='post-header'><div class='post-header-line-1'>\n"
            f"<span class='byline post-author vcard'><span class='byline-label'>{ui['by']}</span>\n<span class='fn'><a class='g-profile' href='{prof}' rel='author' title='author profile'><span>{E(p['owner'])}</span></a></span></span>\n"
            f"<span class='byline post-timestamp'>-\n<a class='timestamp-link' href='{p['post_url']}' rel='bookmark' title='permanent link'><time class='published' datetime='{d.isoformat()}' title='{d.isoformat()}'>{E(p['post_time_text'])}</time></a></span>\n"
            f"</div></div>\n<div class='post-body entry-content float-container' id='post-body-{p['post_id']}'>\n{''.join(p['post_body'])}\n</div>\n"
            f"<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'></div>\n"
            f"<div class='post-share-buttons post-share-buttons-bottom'><div class='byline post-share-buttons goog-inline-block'>"
            f"<div aria-owns='sharing-popup' class='sharing'><button class='sharing-button touch-icon-button' title='{ui['share']}'><div class='flat-icon-button ripple'>{ui['share']}</div></button>"
            f"<div class='share-buttons-container'><ul class='share-buttons hidden' id='sharing-popup' role='menu'>"
            f"<li><span class='sharing-platform-button sharing-element-link' role='menuitem' title='{ui['get_link']}'><span class='platform-sharing-text'>{ui['get_link']}</span></span></li>"
            f"{share}</ul></div></div></div></div>\n"
            f"<div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span class='byline-label'>{ui['labels']}</span>\n{labels}</span></div>\n"
            f"</div></div>\n</div>\n</div>\n")
    cm = [f"<section class='comments threaded' data-embed='true' data-num-comments='{len(comments)}' id='comments'>\n<a name='comments'></a>\n"
          f"<h3 class='title'>{ui['comments_title']}</h3>\n<div class='comments-content'>\n<div id='comment-holder'>\n"
          f"<div class='comment-thread toplevel-thread'><ol id='top-ra'>\n"]
    cm += [contempo_comment(p, ui, ids, c, 0) for c in comments]
    cm.append(f"</ol><div id='top-continue' class='continue'><a class='comment-reply' target='_self'>{ui['add_comment']}</a></div>"
              f"<div class='comment-replybox-thread' id='top-ce'></div><div class='loadmore hidden' data-post-id='{p['post_id']}'><a target='_self'>{ui['load_more']}</a></div></div>\n"
              f"</div>\n</div>\n<div class='footer'><div class='comment-form'>\n<a name='comment-form'></a>\n<h4 id='comment-post-message'>{ui['post_comment']}</h4>\n"
              f"<a href='https://www.blogger.com/comment/frame/{p['blog_id']}?po={p['post_id']}' id='comment-editor-src'></a>\n"
              f"<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>\n"
              f"</div></div>\n</section>\n</article>\n</div>\n")
    pager = (f"<div class='blog-pager container' id='blog-pager'>\n<a class='blog-pager-newer-link' href='{p['url']}2016/02/newer.html' title='Newer Post'>Newer Post</a>\n"
             f"<a class='blog-pager-older-link' href='{p['url']}2015/12/older.html' title='Older Post'>Older Post</a>\n</div>\n</div></div>\n</main>\n")
    foot = (f"<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='widget-content'>\n"
            f"<div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div>\n"
            f"<div class='image-attribution'>{p['attribution']}</div>\n</div></div></footer>\n</div>\n</body>\n</html>\n")
    return head + side + top + post + "".join(cm) + pager + foot


def slim_comment(p, ui, ids, c):
    """A threaded-template comment with the markup trimmed to what a dump shows (for the long page):
    no avatar image, no profile link, no delete control, a relative permalink."""
    cid = c["_cid"]
    return (f"<li class='comment' id='c{cid}'><div class='avatar-image-container'></div><div class='comment-block'>"
            f"<div class='comment-header'><cite class='user'>{E(c['author'])}</cite> "
            f"<span class='datetime secondary-text'><a href='?showComment={ts_ms(c['dt'])}#c{cid}'>{E(c['_time_text'])}</a></span></div>"
            f"<p class='comment-content'>{c['html']}</p><span class='comment-actions secondary-text'><a class='comment-reply'>{ui['reply']}</a></span></div></li>\n")


# ---------------------------------------------------------------- third set: an archive page with several posts, each with its comments

def wrap_multi(p, ui, posts_html):
    return (page_head(p) + "<div class='content'><div class='content-outer'>\n" + header(p) +
            "<div class='main-outer'><div class='columns'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>\n<div class='blog-posts hfeed'>\n" +
            "".join(ph + "</div></div></div>\n" for ph in posts_html) +
            "</div>\n" + pager_and_feeds(p, ui) + "</div></div>\n" + sidebar(p, ui) + "</div></div>\n</div></div>\n" + footer(p))
