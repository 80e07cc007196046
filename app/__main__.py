from courtdesk.app.launch import main

main()
