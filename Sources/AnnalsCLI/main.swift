import ArgumentParser

AnnalsCommand.main()
