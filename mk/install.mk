# stakemap — installing the binary, its man page and shell completions.
#
# Included from the top-level Makefile (`include mk/install.mk`); also works alone
# (`make -f mk/install.mk install`).
#
#   make install PREFIX=/usr/local            binary, man page, bash/zsh/fish completions
#   make install PREFIX=$HOME/.local          no root needed
#   make install DESTDIR=/tmp/stage           staged install, for packaging
#   make uninstall PREFIX=...                 removes exactly what install put there
#   make completions                          the three scripts, under $(STAKEMAP_BUILD)/completions
#   make man                                  regenerate docs/stakemap.1 (swift-argument-parser's
#                                             generate-manual plugin; works offline)
#
# The binary is a release build with the Swift runtime linked in statically
# (--static-swift-stdlib), so it runs without a Swift toolchain; it still needs
# Graphviz's shared libraries (Debian: libgvc6), as every stakemap build does. It is
# built in its own scratch folder so that it does not rebuild the everyday .build.

SWIFT               ?= swift
INSTALL             ?= install
PREFIX              ?= /usr/local
DESTDIR             ?=
BINDIR              ?= $(PREFIX)/bin
MANDIR              ?= $(PREFIX)/share/man/man1
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR  ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d

STAKEMAP_BUILD      ?= .build-install
STAKEMAP_BUILD_FLAGS ?= -c release --product stakemap --static-swift-stdlib
STAKEMAP_BINARY     := $(STAKEMAP_BUILD)/release/stakemap
STAKEMAP_COMPLETIONS := $(STAKEMAP_BUILD)/completions
STAKEMAP_MANPAGE    ?= docs/stakemap.1

.PHONY: install install-bin install-man install-completions uninstall completions man stakemap-binary

## install: install stakemap, its man page and its bash, zsh and fish completions under PREFIX
install: install-bin install-man install-completions
	@echo "installed stakemap in $(DESTDIR)$(BINDIR); try: man stakemap"

stakemap-binary:
	$(SWIFT) build $(STAKEMAP_BUILD_FLAGS) --scratch-path $(STAKEMAP_BUILD)

install-bin: stakemap-binary
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)"
	$(INSTALL) -m 0755 "$(STAKEMAP_BINARY)" "$(DESTDIR)$(BINDIR)/stakemap"

install-man:
	$(INSTALL) -d "$(DESTDIR)$(MANDIR)"
	$(INSTALL) -m 0644 "$(STAKEMAP_MANPAGE)" "$(DESTDIR)$(MANDIR)/stakemap.1"

## completions: generate the bash, zsh and fish completion scripts from the built binary
completions: stakemap-binary
	@mkdir -p "$(STAKEMAP_COMPLETIONS)"
	"$(STAKEMAP_BINARY)" --generate-completion-script bash > "$(STAKEMAP_COMPLETIONS)/stakemap"
	"$(STAKEMAP_BINARY)" --generate-completion-script zsh  > "$(STAKEMAP_COMPLETIONS)/_stakemap"
	"$(STAKEMAP_BINARY)" --generate-completion-script fish > "$(STAKEMAP_COMPLETIONS)/stakemap.fish"

install-completions: completions
	$(INSTALL) -d "$(DESTDIR)$(BASH_COMPLETION_DIR)" "$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)"
	$(INSTALL) -m 0644 "$(STAKEMAP_COMPLETIONS)/stakemap" "$(DESTDIR)$(BASH_COMPLETION_DIR)/stakemap"
	$(INSTALL) -m 0644 "$(STAKEMAP_COMPLETIONS)/_stakemap" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_stakemap"
	$(INSTALL) -m 0644 "$(STAKEMAP_COMPLETIONS)/stakemap.fish" "$(DESTDIR)$(FISH_COMPLETION_DIR)/stakemap.fish"

## uninstall: remove what install put under PREFIX
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/stakemap" "$(DESTDIR)$(MANDIR)/stakemap.1" \
	  "$(DESTDIR)$(BASH_COMPLETION_DIR)/stakemap" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_stakemap" \
	  "$(DESTDIR)$(FISH_COMPLETION_DIR)/stakemap.fish"

## man: regenerate docs/stakemap.1 from the commands' help (generate-manual plugin, offline)
man:
	$(SWIFT) package --scratch-path "$(STAKEMAP_BUILD)-manual" plugin generate-manual
	@mkdir -p "$(dir $(STAKEMAP_MANPAGE))"
	cp "$(STAKEMAP_BUILD)-manual/plugins/GenerateManual/outputs/stakemap/stakemap.1" "$(STAKEMAP_MANPAGE)"
	@echo "wrote $(STAKEMAP_MANPAGE); view it with: man -l $(STAKEMAP_MANPAGE)"
