"""PyInstaller's entry script: the bundle's ``courtdesk`` is the installed command's main."""

from courtdesk.app.launch import main

if __name__ == "__main__":
    main()
