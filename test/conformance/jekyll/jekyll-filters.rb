# Prints, as a JSON array, the names of the Liquid filters a Jekyll site has with no plugins: Liquid's standard
# filters and Jekyll's own, as the strainer Jekyll renders with lists them.
require 'jekyll'
require 'json'
require 'tmpdir'

Dir.mktmpdir do |dir|
  Jekyll::Site.new(Jekyll.configuration('source' => dir, 'destination' => File.join(dir, '_site'), 'quiet' => true))
end
strainer = Liquid::Context.new.strainer.class
puts JSON.generate(strainer.instance_variable_get(:@filter_methods).to_a.map(&:to_s).sort)
