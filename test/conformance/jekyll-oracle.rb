# Asks Jekyll itself what it reads from a site: which files are posts, their URLs, dates, categories and tags.
# Usage: ruby jekyll-oracle.rb SITE_DIR  → JSON on stdout. Theme and plugin gems are dropped from the configuration
# (they are not installed here, and a workspace without them reads the same posts).
require 'jekyll'
require 'json'
require 'tmpdir'

source = File.expand_path(ARGV.fetch(0))
Dir.mktmpdir do |destination|
  overrides = { 'source' => source, 'destination' => destination, 'quiet' => true, 'disable_disk_cache' => true }
  overrides['show_drafts'] = true if ARGV.include?('--drafts')
  config = Jekyll.configuration(overrides)
  config.delete('theme')
  config.delete('remote_theme')
  config['plugins'] = []
  config['gems'] = []
  Jekyll.logger.log_level = :error
  site = Jekyll::Site.new(config)
  site.reset
  site.read
  posts = site.posts.docs.map do |doc|
    {
      'path' => doc.relative_path,
      'url' => doc.url,
      'date' => doc.date.iso8601,
      'title' => doc.data['title'].to_s,
      'categories' => doc.data['categories'].map(&:to_s),
      'tags' => doc.data['tags'].map(&:to_s),
      'draft' => doc.data['draft'] == true,
    }
  end
  counts = ->(hash) { hash.each_with_object({}) { |(name, docs), out| out[name.to_s] = docs.size } }
  puts JSON.generate('posts' => posts, 'categories' => counts.call(site.categories), 'tags' => counts.call(site.tags))
end
