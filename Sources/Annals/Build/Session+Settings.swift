import Foundation

extension Session {
    /// `site.yml`, the templates and `people.yml`, read and checked: the registry becomes `registry` (read
    /// by assembly and then by the redirects), their digest `settingsDigest` (a change re-renders every
    /// page). A file that cannot be read, or has an error, stops the build.
    func settings(_ report: inout BuildReport) throws -> (SiteConfig, Templates) {
        var config = SiteConfig()
        if let path = options.config {
            let text: String
            switch ConfigFiles.siteConfig(path) {
            case .success(let t): text = t
            case .failure(let d): throw Builder.Stop(diagnostics: [d])
            }
            let (c, notes) = ConfigLoader.site(yaml: text, file: path)
            report.diagnostics += notes
            if notes.contains(where: { $0.severity == .error }) { throw Builder.Stop(diagnostics: []) }
            config = c
        }
        if let base = options.baseURL { config.baseURL = base.isEmpty ? nil : base }
        let templates: Templates
        do {
            templates = try report.time("templates") {
                FileManager.default.fileExists(atPath: options.templates)
                    ? try Templates.load(directory: options.templates) : try BuiltInTemplates.templates()
            }
        } catch let e as Templates.LoadError {
            throw Builder.Stop(diagnostics: e.diagnostics)
        } catch {
            throw Builder.Stop(diagnostics: [Diagnostic(.error, .template, file: options.templates, ErrorText.describe(error))])
        }
        var registry = Registry()
        var registryText = "-"
        if let path = options.registryPath {
            let text: String
            switch ConfigFiles.registry(path) {
            case .success(let t): text = t
            case .failure(let d): throw Builder.Stop(diagnostics: [d])
            }
            registryText = text
            let (r, notes) = ConfigLoader.registry(yaml: text, file: path)
            report.diagnostics += notes
            if notes.contains(where: { $0.severity == .error }) { throw Builder.Stop(diagnostics: []) }
            registry = r
        }
        self.registry = registry
        var settings = FNV1a()
        settings.add(templates.fingerprint); settings.add("\(config)"); settings.add(registryText)
        settingsDigest = settings.value

        return (config, templates)
    }
}
