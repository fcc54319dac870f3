# Asks Jekyll's Liquid how it parses each text: reads a JSON array of texts on stdin and prints, for each, null when
# it parses or Liquid's message and line. Jekyll is required first, so its own tags (post_url, include, link,
# highlight…) are registered as in a build; error_mode is Jekyll's default, warn.
require 'jekyll'
require 'json'

Liquid::Template.error_mode = :warn
texts = JSON.parse($stdin.read)
results = texts.map do |text|
  Liquid::Template.parse(text, line_numbers: true)
  nil
rescue Liquid::Error => e
  { 'message' => e.to_s(false), 'line' => e.line_number }
# Jekyll's highlight tag raises Ruby's own SyntaxError (a ScriptError), without a line.
rescue StandardError, ScriptError => e
  { 'message' => e.message.lines.first.to_s.strip, 'line' => nil }
end
puts JSON.generate(results)
