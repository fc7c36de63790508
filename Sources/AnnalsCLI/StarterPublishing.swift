/// What `annals init` writes so that a new site publishes as it is: a README that says how, a GitHub
/// Actions workflow for GitHub Pages, and a .gitignore for the built output.
extension StarterFiles {
    /// Files beside the starter site, by path in the new folder.
    static let publishing: [(String, String)] = [("README.md", readme), (".github/workflows/pages.yml", pagesWorkflow), (".gitignore", gitignore)]

    static let gitignore = """
    # What `annals build` writes: made again from the articles, never committed.
    output/

    """

    static let readme = """
    # An Annals site

    Articles go in `seeds/` (raw `.txt` files, or Markdown `.md` files with front matter); the site's
    name and address in `site.yml`; corrections to the people found in `people.yml`; the look in
    `Templates/` (Mustache templates and `assets/style.css`).

    ## Build and preview

    ```
    annals build      # writes the site to output/
    annals serve      # previews it at http://127.0.0.1:8000/, rebuilt and reloaded on every save
    annals check      # every link resolves, every page has a title, a language and one heading
    ```

    `output/` is a complete static site: open `output/index.html` from disk, or publish the folder as
    it is, at a domain's root or under a path.

    ## Publish

    Set `base_url` in `site.yml` to the address the site will have (or pass `--base-url`): feeds,
    the sitemap, canonical links and the not-found page need it. The not-found page is `404.html` at the
    site's root; GitHub Pages and most servers serve it for any missing page.

    ### GitHub Pages

    `.github/workflows/pages.yml` builds the site on every push to `main` and publishes it. Once:

    1. Put this folder in a GitHub repository and push it.
    2. In the repository's *Settings → Pages*, choose *GitHub Actions* as the source.
    3. In the workflow, set `ANNALS_REPOSITORY` to the Git address of Annals (the workflow builds
       Annals from its source with Swift).

    The workflow gives the build the address GitHub Pages serves the site at
    (`https://<user>.github.io/<repository>/`), so `base_url` may stay empty for it.

    ### Your own server

    Any web server that serves files will do. Build with the site's address, check, then copy the
    folder; `--delete` removes from the server the pages the archive no longer has:

    ```
    annals build --base-url https://example.org/archive/ && annals check
    rsync -av --delete --exclude .annals-manifest output/ user@example.org:/var/www/html/archive/
    ```

    Tell the server to answer missing pages with `404.html` (nginx: `error_page 404 /archive/404.html;`,
    Apache: `ErrorDocument 404 /archive/404.html`); its links work at any depth.

    """

    static let pagesWorkflow = """
    # Builds the site with Annals and publishes it on GitHub Pages at every push to main.
    # Once: Settings → Pages → Source: GitHub Actions.
    name: Publish to GitHub Pages

    on:
      push:
        branches: [main]
      workflow_dispatch:

    permissions:
      contents: read
      pages: write
      id-token: write

    concurrency:
      group: pages
      cancel-in-progress: false

    env:
      # The Git address of Annals, built from source below.
      ANNALS_REPOSITORY: https://github.com/OWNER/annals.git

    jobs:
      build:
        runs-on: ubuntu-latest
        container: swift:6.1-noble
        steps:
          - uses: actions/checkout@v4
          - name: Install Annals
            run: |
              apt-get update -qq
              DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git libcmark-dev libmimalloc-dev pkg-config
              git clone --depth 1 "$ANNALS_REPOSITORY" /tmp/annals
              swift build -c release --product annals --package-path /tmp/annals
              install /tmp/annals/.build/release/annals /usr/local/bin/annals
          - id: pages
            uses: actions/configure-pages@v5
          - name: Build
            run: |
              annals build --base-url "${{ steps.pages.outputs.base_url }}/"
              annals check
          - uses: actions/upload-pages-artifact@v3
            with:
              path: output

      deploy:
        needs: build
        runs-on: ubuntu-latest
        environment:
          name: github-pages
          url: ${{ steps.deployment.outputs.page_url }}
        steps:
          - id: deployment
            uses: actions/deploy-pages@v4

    """
}
