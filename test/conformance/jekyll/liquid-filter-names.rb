# Asks Jekyll's Liquid which filters each variable markup calls: reads a JSON array of markups on stdin and prints,
# for each, the filter names Liquid::Variable parsed (in Jekyll's default error mode, warn: strict, then lax).
require 'jekyll'
require 'json'

Liquid::Template.error_mode = :warn
markups = JSON.parse($stdin.read)
results = markups.map do |markup|
  Liquid::Variable.new(markup, Liquid::ParseContext.new).filters.map(&:first)
rescue Liquid::Error => e
  { 'error' => e.to_s(false) }
end
puts JSON.generate(results)
