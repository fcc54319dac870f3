/**
 * Small stand-ins for Minimal Mistakes' most used includes, for sites that take the theme from a gem (so
 * the files are not in the workspace). A site's own `_includes` always wins. They keep Minimal Mistakes'
 * parameters and classes, render on one block without blank lines (so Markdown leaves them alone), and
 * never embed frames: a video becomes a link card.
 */

const FIGURE = `<figure class="{{ include.class }}">{% if include.popup %}<a href="{{ include.image_path | relative_url }}" class="image-popup">{% endif %}<img src="{{ include.image_path | relative_url }}" alt="{% if include.alt %}{{ include.alt | escape_once }}{% endif %}">{% if include.popup %}</a>{% endif %}{% if include.caption %}<figcaption>{{ include.caption | markdownify | remove: "<p>" | remove: "</p>" | strip }}</figcaption>{% endif %}</figure>`;

const GALLERY = `{% if include.id %}{% assign gallery = page[include.id] %}{% else %}{% assign gallery = page.gallery %}{% endif %}{% if include.layout %}{% assign gallery_layout = include.layout %}{% else %}{% if gallery.size == 2 %}{% assign gallery_layout = 'half' %}{% elsif gallery.size >= 3 %}{% assign gallery_layout = 'third' %}{% else %}{% assign gallery_layout = '' %}{% endif %}{% endif %}<figure class="{{ gallery_layout }} {{ include.class }}">{% for img in gallery %}{% if img.url %}<a href="{{ img.url | relative_url }}"{% if img.title %} title="{{ img.title }}"{% endif %}><img src="{{ img.image_path | relative_url }}" alt="{% if img.alt %}{{ img.alt }}{% endif %}"></a>{% else %}<img src="{{ img.image_path | relative_url }}" alt="{% if img.alt %}{{ img.alt }}{% endif %}">{% endif %}{% endfor %}{% if include.caption %}<figcaption>{{ include.caption | markdownify | remove: "<p>" | remove: "</p>" | strip }}</figcaption>{% endif %}</figure>`;

const VIDEO = `{% assign provider = include.provider | downcase %}{% if provider == "youtube" %}{% assign href = "https://www.youtube.com/watch?v=" | append: include.id %}{% elsif provider == "vimeo" %}{% assign href = "https://vimeo.com/" | append: include.id %}{% elsif provider == "google-drive" %}{% assign href = "https://drive.google.com/file/d/" | append: include.id %}{% elsif provider == "bilibili" %}{% assign href = "https://www.bilibili.com/video/" | append: include.id %}{% endif %}<div class="responsive-video-container pc-video"><a class="pc-video-link" href="{{ href }}">▶ {{ include.provider }}: {{ include.id }}</a></div>`;

// The table of contents needs the rendered headings: leave a slot that the pipeline fills after Markdown.
const TOC = `<nav class="toc pc-toc-slot" data-title="{{ include.title | default: page.toc_label | default: 'On this page' | escape }}"></nav>`;

const BUILTIN: ReadonlyMap<string, string> = new Map([
  ['figure', FIGURE],
  ['figure.html', FIGURE],
  ['gallery', GALLERY],
  ['gallery.html', GALLERY],
  ['video', VIDEO],
  ['video.html', VIDEO],
  ['toc', TOC],
  ['toc.html', TOC],
]);

/** The built-in version of a theme include, if there is one. */
export function builtinInclude(name: string): string | undefined {
  return BUILTIN.get(name);
}
